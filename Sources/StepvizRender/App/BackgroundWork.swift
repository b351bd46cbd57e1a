import Dispatch
import Synchronization

/// Runs an app's library work off the UI thread, one piece after another
/// in the order asked, and keeps the results until the UI loop collects
/// them: how a live screen keeps drawing and answering keys while the
/// library runs (a locks scene's threads, an event loop waiting on its
/// sockets). A recording runs the same work inline instead
/// (``TerminalApp/updateInline(_:)``), so its frames do not depend on
/// timing.
///
///     let background = BackgroundWork()
///     if case .run(let works) = app.update(message) { background.start(works) }
///     for done in background.collect() { _ = app.update(.finished(done)) }
///
/// - Complexity: `start` and `collect` are O(*n*) in the pieces passed.
public final class BackgroundWork: Sendable {
    private let queue = DispatchQueue(label: "stepviz.library-work")
    private let state = _SharedState()

    private struct State {
        var finished: [FinishedWork] = []
        var inFlight = 0
    }

    /// The state the worker and the UI loop share, by reference.
    private final class _SharedState: Sendable {
        let mutex = Mutex(State())
        func withLock<Result>(_ body: (inout State) -> Result) -> Result { mutex.withLock { body(&$0) } }
    }

    public init() {}

    /// Starts each piece of `works`, in order, after any started before.
    public func start(_ works: [LibraryWork]) {
        state.withLock { $0.inFlight += works.count }
        for work in works {
            queue.async { [state] in
                let done = work.run()
                state.withLock {
                    $0.finished.append(done)
                    $0.inFlight -= 1
                }
            }
        }
    }

    /// The pieces finished since the last call, in the order they finished.
    public func collect() -> [FinishedWork] {
        state.withLock { state in
            defer { state.finished.removeAll() }
            return state.finished
        }
    }

    /// Whether any piece started has not been collected yet.
    public var isBusy: Bool {
        state.withLock { $0.inFlight > 0 || !$0.finished.isEmpty }
    }

    /// Waits until every piece started has finished (for quitting cleanly).
    public func drain() {
        queue.sync {}
    }
}
