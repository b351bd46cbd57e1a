/// Where the dashboard draws its panels, a value computed from the body's
/// size (ratatui's layout as a value): on a large screen every panel at
/// once, the focused one largest; on a small one the focused panel alone,
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

    /// The body size from which every panel is drawn at once: the focused
    /// panel beside a 2 × 2 grid of the others, each at least `minimum`.
    public static func allFit(_ minimum: PanelSize) -> PanelSize {
        PanelSize(width: 3 * minimum.width, height: 2 * (minimum.height + titleRows))
    }

    public init(body: Rect, focus: Int, minimum: PanelSize, count: Int) {
        let needed = Self.allFit(minimum)
        guard count == 5, body.width >= needed.width, body.height >= needed.height else {
            kind = .focused
            let (strip, rest) = body.splitTop(1)
            self.strip = strip
            panels = (0..<count).map { $0 == focus ? rest : nil }
            return
        }
        kind = .all
        strip = nil
        // The others share a 2 × 2 grid at the right, each column at least the
        // minimum width; the focused panel takes the rest (about 45% or more).
        let gridColumn = Swift.max(minimum.width, (body.width - Swift.max(minimum.width, body.width * 45 / 100)) / 2)
        let (focused, grid) = body.splitLeft(body.width - 2 * gridColumn)
        let (gridLeft, gridRight) = grid.splitLeft(gridColumn)
        let top = body.height / 2
        let cells = [gridLeft.splitTop(top).0, gridRight.splitTop(top).0, gridLeft.splitTop(top).1, gridRight.splitTop(top).1]
        var others = cells.makeIterator()
        panels = (0..<count).map { $0 == focus ? focused : others.next() }
    }
}
