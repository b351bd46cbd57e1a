/// Where the dashboard draws its panels, a value computed from the body's
/// size (ratatui's layout as a value): on a large screen every panel at
/// once (any number of them), the focused one largest; on a small one the focused panel alone,
/// with a one-line strip naming the others.
///
///     let layout = DashboardLayout(body: Rect(x: 0, y: 1, width: 200, height: 58), focus: 0, minimum: PanelSize(width: 60, height: 16), count: 5)
///     layout.panels[0]    // the focused panel's rectangle (title row included)
public struct DashboardLayout: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Every panel drawn, the focused one in the left column.
        case all
        /// The focused panel fills the body; the strip names the others.
        case focused
    }

    public let kind: Kind
    /// Each panel's rectangle (its one-row title bar and the area under it),
    /// by panel index; nil for a panel not drawn.
    public let panels: [Rect?]
    /// The strip naming every panel (small layout only).
    public let strip: Rect?

    /// Title rows above each panel.
    public static let titleRows = 1

    /// The body a grid of `others` in `rows` rows needs beside the focused panel.
    private static func grid(others: Int, rows: Int, minimum: PanelSize) -> PanelSize {
        let columns = others == 0 ? 0 : (others + rows - 1) / rows
        return PanelSize(width: (columns + 1) * minimum.width, height: rows * (minimum.height + titleRows))
    }

    /// The layout of `count` panels in `body`: every panel when they fit —
    /// the others in a grid of two rows (three, four … when two rows would
    /// be too wide, up to half as many rows as others), the focused one taking the rest of the width, about
    /// 45% or more — else the focused panel alone under the strip.
    public init(body: Rect, focus: Int, minimum: PanelSize, count: Int) {
        let others = count - 1
        // Up to half as many rows as there are others: a grid of single
        // columns would starve the focused panel.
        let rows =
            others < 1
            ? nil
            : (Swift.min(2, others)...Swift.max(2, (others + 1) / 2)).first { rows in
                let needed = Self.grid(others: others, rows: rows, minimum: minimum)
                return body.width >= needed.width && body.height >= needed.height
            }
        guard let rows else {
            kind = .focused
            let (strip, rest) = body.splitTop(1)
            self.strip = strip
            panels = (0..<count).map { $0 == focus ? rest : nil }
            return
        }
        kind = .all
        strip = nil
        let columns = (others + rows - 1) / rows
        // Each grid column at least the minimum width; the focused panel
        // takes the rest (about 45% or more).
        let gridColumn = Swift.max(minimum.width, (body.width - Swift.max(minimum.width, body.width * 45 / 100)) / columns)
        let (focused, grid) = body.splitLeft(body.width - columns * gridColumn)
        var cells: [Rect] = []
        // Row by row, left to right: with five panels, top-left, top-right,
        // bottom-left, bottom-right, as the 2 × 2 grid always was.
        var rowTop = grid.y
        for row in 0..<rows {
            let rowBottom = grid.y + grid.height * (row + 1) / rows
            for column in 0..<columns {
                let left = grid.x + column * gridColumn
                let right = column == columns - 1 ? grid.x + grid.width : left + gridColumn
                cells.append(Rect(x: left, y: rowTop, width: right - left, height: rowBottom - rowTop))
            }
            rowTop = rowBottom
        }
        var next = cells.makeIterator()
        panels = (0..<count).map { $0 == focus ? focused : next.next() }
    }
}
