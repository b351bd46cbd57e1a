/// A panel: how to draw its model into a rectangle. Panels never call the
/// terminal; they only write cells.
public protocol PanelView {
    associatedtype Model: PanelModel
    /// The name used on the command line and in the header (`heap`).
    static var name: String { get }
    /// The smallest area the panel can draw into.
    static var minimumSize: (width: Int, height: Int) { get }
    /// Draws `model`; `animation` is the progress (0 ..< 1) of the step that
    /// led to it, nil when settled.
    static func render(_ model: Model, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs)
}

extension HeapPanel: PanelView {
    public typealias Model = HeapPanelModel
    public static var name: String { "heap" }
}
