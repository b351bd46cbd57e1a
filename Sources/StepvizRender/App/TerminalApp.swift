/// An interactive program as a driver (the terminal backend, the recorder,
/// a test) runs it, Elm-style: messages fold into the model, the view is a
/// pure function of it, and what the model needs done outside (library
/// work, quitting) is a command. Model, message and command are one
/// vocabulary, so they live in one file, as bubbletea keeps them in tea.go.
public protocol TerminalApp {
    /// Folds `message` into the model; returns what the driver should do.
    mutating func update(_ message: AppMessage) -> AppCommand
    /// The frame to show at this size.
    func view(width: Int, height: Int) -> Canvas
    /// Whether the model changes with time right now (playing, animating,
    /// or waiting for library work); when false the loop waits for a key
    /// instead of ticking.
    var wantsTicks: Bool { get }
    /// The panels whose operations a recording marks, in order.
    var playbacks: [any PanelPlaying] { get }
}

extension TerminalApp {
    /// Folds `message` in and does the library work it asks for at once,
    /// on this thread, handing each result back before returning (what a
    /// recording and a test do, so their frames are byte-identical run to
    /// run). Returns `.quit` or `.none`.
    @discardableResult
    public mutating func updateInline(_ message: AppMessage) -> AppCommand {
        var waiting: [LibraryWork] = []
        var quits = false
        func take(_ command: AppCommand) {
            switch command {
            case .none: break
            case .quit: quits = true
            case .run(let works): waiting.append(contentsOf: works)
            }
        }
        take(update(message))
        while !waiting.isEmpty {
            take(update(.finished(waiting.removeFirst().run())))
        }
        return quits ? .quit : .none
    }
}

/// What the outside world tells an app: a key, time passing, a new size,
/// or library work it asked for that has finished. Time is a message, so
/// an app never sleeps and its updates stay testable.
public enum AppMessage: Sendable {
    case key(Key)
    /// This many milliseconds passed since the last tick (a virtual clock in
    /// recordings and tests, the monotonic clock on a live terminal).
    case tick(milliseconds: Int)
    case resize(width: Int, height: Int)
    /// The result of a ``LibraryWork`` the app's update returned.
    case finished(FinishedWork)
}

/// What an update asks of the driver.
public enum AppCommand: Sendable {
    case none
    case quit
    /// Run this library work (off the UI thread on a live terminal, inline
    /// in a recording) and send back each result as `.finished`.
    case run([LibraryWork])

    public var isQuit: Bool {
        if case .quit = self { return true }
        return false
    }

    /// Both commands: quitting wins, and the work of both runs.
    public func followed(by next: AppCommand) -> AppCommand {
        switch (self, next) {
        case (.quit, _), (_, .quit): .quit
        case (.none, _): next
        case (_, .none): self
        case (.run(let first), .run(let second)): .run(first + second)
        }
    }
}
