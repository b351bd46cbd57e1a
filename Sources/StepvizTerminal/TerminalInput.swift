import StepvizRender

/// One thing read from the terminal: a key for the app, or a new size.
enum TerminalInput: Hashable, Sendable {
    case key(Key)
    /// The window changed size (KEY_RESIZE); the new size is read from curses.
    case resize
}
