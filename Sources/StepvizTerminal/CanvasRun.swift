import StepvizRender

/// A stretch of changed cells on one row that share a style: one curses
/// call (set the style, write the characters).
struct CanvasRun: Hashable, Sendable {
    var x: Int
    var y: Int
    var style: Style
    var characters: [Character]
}
