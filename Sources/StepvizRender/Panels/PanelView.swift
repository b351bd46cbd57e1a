/// A panel: how to draw its model into a rectangle (ratatui's
/// `StatefulWidget::render(area, buf, state)`). Panels never call the
/// terminal; they only write cells, and only inside `area`.
public protocol PanelView: SendableMetatype {
    associatedtype Model: PanelModel
    /// The name used on the command line and in the header (`heap`).
    static var name: String { get }
    /// The smallest area the panel can draw into.
    static var minimumSize: (width: Int, height: Int) { get }
    /// Draws `model`; `animation` is the progress (0 ..< 1) of the step that
    /// led to it, nil when settled.
    static func render(_ model: Model, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs)
    /// A few words of live state for the dashboard's strip (`deque [3 7 8]`,
    /// `lru hit 62%`): what a glance at a panel that is not shown should tell.
    static func summary(_ model: Model, glyphs: Glyphs) -> String
    /// Whether the panel shows threads or coroutines taking turns, whose
    /// schedule a person can pick ("you schedule").
    static var runsThreads: Bool { get }
}

extension PanelView {
    public static var runsThreads: Bool { false }
}
