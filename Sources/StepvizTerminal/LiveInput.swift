/// Where a live loop's keys and resizes come from: the curses screen, or a
/// test's script standing in for a person at the keyboard.
protocol LiveInput: AnyObject {
    /// The window size in cells, read again after each `.resize`.
    var size: (width: Int, height: Int) { get }
    /// Waits up to `milliseconds` for input; nil when none came.
    func read(timeout milliseconds: Int) -> TerminalInput?
    /// The window changed size: whatever the input knows of the frame on
    /// screen is stale, and the next frame is drawn whole.
    func sizeChanged()
}

extension CursesScreen: LiveInput {
    func sizeChanged() { forgetShownFrame() }
}
