/// An interactive program as the terminal backend (and the recorder)
/// drives it, Elm-style: messages fold into the model, and the view is a
/// pure function of it. Model, message and command are one vocabulary, so
/// they live in one file, as bubbletea keeps them in tea.go.
public protocol TerminalApp {
    /// Folds `message` into the model; returns `.quit` to end the loop.
    mutating func update(_ message: AppMessage) -> AppCommand
    /// The frame to show at this size.
    func view(width: Int, height: Int) -> Canvas
    /// Whether the model changes with time right now (playing or animating);
    /// when false the loop waits for a key instead of ticking.
    var wantsTicks: Bool { get }
    /// The panels whose operations a recording marks, in order.
    var playbacks: [any PanelPlaying] { get }
}

/// What the outside world tells an app: a key, time passing, or a new size.
/// Time is a message, so an app never sleeps and its updates stay testable.
public enum AppMessage: Hashable, Sendable {
    case key(Key)
    /// This many milliseconds passed since the last tick (a virtual clock in
    /// recordings and tests, the monotonic clock on a live terminal).
    case tick(milliseconds: Int)
    case resize(width: Int, height: Int)
}

/// What an update asks of the loop.
public enum AppCommand: Hashable, Sendable {
    case none
    case quit
}
