/// A frame: a grid of styled cells that panels render into and backends
/// output. Frames are values, so tests compare them and recordings diff them.
///
///     var canvas = Canvas(width: 20, height: 2)
///     canvas.write("heap", x: 0, y: 0, style: Style(bold: true))
///     canvas.lines    // ["heap                ", "                    "]
///
/// Writing outside the grid (or outside `clip`) is ignored, never a crash.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Sets one cell if it lies inside the grid and `clip`.
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        if let clip, !clip.contains(x: x, y: y) { return }
        cells[y * width + x] = Cell(character, style: style)
    }

    /// Writes `text` from (x, y) rightwards, one character per cell, clipped.
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) {
        var column = x
        for character in text {
            put(character, x: column, y: y, style: style, clip: clip)
            column += 1
        }
    }

    /// Restyles the cells of `rect` keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { transform(&cells[y * width + x].style) }
        }
    }

    /// Fills `rect` with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x] = cell }
        }
    }

    /// The characters of each row, without styles (plain-text backend, tests).
    public var lines: [String] {
        (0..<height).map { row in String(cells[row * width..<(row + 1) * width].map(\.character)) }
    }

    /// The frame as text, one line per row, trailing blanks kept.
    public var text: String { lines.joined(separator: "\n") }

    /// The same frame with every colour removed (attributes kept).
    public var withoutColor: Canvas {
        var copy = self
        for index in copy.cells.indices { copy.cells[index].style = copy.cells[index].style.withoutColor }
        return copy
    }
}
