/// A rectangle of cells: a panel's area, a box, a clip.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect {
        Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by)
    }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = Swift.max(x, other.x)
        let top = Swift.max(y, other.y)
        return Rect(
            x: left, y: top, width: Swift.min(maxX, other.maxX) - left,
            height: Swift.min(maxY, other.maxY) - top)
    }

    /// Splits off `rows` rows from the top: (top part, the rest).
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let rows = Swift.min(Swift.max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: rows),
            Rect(x: x, y: y + rows, width: width, height: height - rows)
        )
    }

    /// Splits off `rows` rows from the bottom: (the rest, bottom part).
    public func splitBottom(_ rows: Int) -> (Rect, Rect) {
        let rows = Swift.min(Swift.max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: height - rows),
            Rect(x: x, y: maxY - rows, width: width, height: rows)
        )
    }

    /// Splits off `columns` columns from the left: (left part, the rest).
    public func splitLeft(_ columns: Int) -> (Rect, Rect) {
        let columns = Swift.min(Swift.max(0, columns), width)
        return (
            Rect(x: x, y: y, width: columns, height: height),
            Rect(x: x + columns, y: y, width: width - columns, height: height)
        )
    }
}
