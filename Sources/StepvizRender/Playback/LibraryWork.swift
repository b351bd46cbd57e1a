/// Work on the real library that a playback asks for instead of doing it
/// inside an update (the next demo operation, a typed line, a scene run
/// again for a pick): bubbletea's `Cmd`. Whoever drives the screen runs it
/// and hands what it returns back as a message: inline in a recording or a
/// test, so frames stay byte-identical, and off the UI thread on a live
/// terminal, so no frame waits on the library.
///
///     var command = screen.update(.tick(milliseconds: 33))
///     if case .run(let works) = command {
///         for work in works { command = screen.update(.finished(work.run())) }
///     }
///
/// Sendable by construction: the work owns a copy of the playback's step
/// source (the library's structures are values, copied on write), and the
/// playback touches neither that copy nor its own source's future until the
/// result comes back.
public struct LibraryWork: @unchecked Sendable {
    /// The screen's index of the panel that asked (set by the screen).
    public internal(set) var panel = 0
    private let body: () -> Any

    init(_ body: @escaping () -> Any) {
        self.body = body
    }

    /// Runs the work on the calling thread.
    public func run() -> FinishedWork {
        FinishedWork(panel: panel, result: body())
    }
}

/// What a ``LibraryWork`` produced, on its way back to the playback that
/// asked for it (only that playback can read it).
public struct FinishedWork: @unchecked Sendable {
    /// The screen's index of the panel it belongs to.
    public let panel: Int
    let result: Any
}
