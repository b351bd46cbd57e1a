/// An interactive program as the terminal backend drives it, Elm-style:
/// messages fold into the model, and the view is a pure function of it.
public protocol TerminalApp {
    /// Folds `message` into the model; returns `.quit` to end the loop.
    mutating func update(_ message: AppMessage) -> AppCommand
    /// The frame to show at this size.
    func view(width: Int, height: Int) -> Canvas
    /// Whether the model changes with time right now (playing or animating);
    /// when false the loop waits for a key instead of ticking.
    var wantsTicks: Bool { get }
}
