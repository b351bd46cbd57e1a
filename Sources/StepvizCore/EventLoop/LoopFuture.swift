/// A result that will exist later (asyncio's `Future`, the notes' `Future`):
/// callbacks added with `addDoneCallback` are queued on the loop with
/// `callSoon` when it is done, in the order they were added.
///
///     let future = loop.createFuture(what: "answer")
///     future.addDoneCallback { print($0.outcome!) }
///     future.setResult(.int(42))    // the callback runs in the next iteration
///
/// The notes' version calls the callbacks at once; asyncio schedules them,
/// and this type follows asyncio (the order CPython prints in depends on it).
public class LoopFuture {
    /// The loop's number for it.
    public let id: Int
    /// What it stands for ("sleep(1)", "sock_recv conn 1"); a socket is named by its label, never its fd, so the same program describes itself the same way in any process, for the panel.
    public let what: String
    /// The loop it belongs to.
    public let loop: EventLoop
    @usableFromInline
    internal var _outcome: Result<LoopValue, LoopError>?
    @usableFromInline
    internal var _callbacks: [(name: String, callback: (LoopFuture) -> Void)] = []
    /// The timer of a sleep, cancelled when the sleeping coroutine resumes
    /// (asyncio's `finally: h.cancel()` in `sleep`; a no-op once it fired,
    /// but counted by the loop when the sleep was cancelled).
    @usableFromInline
    internal var _sleepTimer: LoopHandle?

    internal init(loop: EventLoop, what: String) {
        self.id = loop._takeID()
        self.what = what
        self.loop = loop
    }

    /// Whether it has a result, an exception or was cancelled.
    ///
    /// - Complexity: O(1)
    public var isDone: Bool { _outcome != nil }

    /// Whether it was cancelled.
    public var isCancelled: Bool { if case .failure(.cancelled) = _outcome { true } else { false } }

    /// The result or the exception; nil while pending.
    ///
    /// - Complexity: O(1)
    public var outcome: Result<LoopValue, LoopError>? { _outcome }

    /// Calls `callback` with the future once done (at once, through
    /// `callSoon`, when it already is).
    ///
    /// - Complexity: O(1)
    public func addDoneCallback(name: String = "done_callback", _ callback: @escaping (LoopFuture) -> Void) {
        if _outcome != nil {
            loop.callSoon(name: name) { callback(self) }
        } else {
            _callbacks.append((name, callback))
        }
    }

    /// Sets the result; false (asyncio raises InvalidStateError) when done.
    ///
    /// - Complexity: O(*c*) for *c* callbacks.
    @discardableResult
    public func setResult(_ value: LoopValue) -> Bool { _finish(.success(value)) }

    /// Sets an exception; false when already done.
    ///
    /// - Complexity: O(*c*) for *c* callbacks.
    @discardableResult
    public func setException(_ error: LoopError) -> Bool { _finish(.failure(error)) }

    /// Cancels a pending future (false when done). A task overrides it to
    /// cancel what it awaits as well.
    ///
    /// - Complexity: O(*c*) for *c* callbacks.
    @discardableResult
    public func cancel() -> Bool { _finish(.failure(.cancelled)) }

    @usableFromInline
    @discardableResult
    internal func _finish(_ outcome: Result<LoopValue, LoopError>) -> Bool {
        guard _outcome == nil else { return false }
        _outcome = outcome
        loop._emit(.futureDone(id: id, what: what, outcome: LoopFuture.describe(outcome)))
        let callbacks = _callbacks
        _callbacks = []
        for (name, callback) in callbacks {
            loop.callSoon(name: name) { callback(self) }
        }
        return true
    }

    /// "None", "b'hi\n'", "CancelledError()".
    public static func describe(_ outcome: Result<LoopValue, LoopError>) -> String {
        switch outcome {
        case .success(let value): value.description
        case .failure(let error): error.description
        }
    }
}

extension EventLoop {
    /// A pending future on this loop (asyncio's `create_future`).
    ///
    /// - Complexity: O(1)
    public func createFuture(what: String = "future") -> LoopFuture { LoopFuture(loop: self, what: what) }

    /// A future done after `delay` seconds (the future under asyncio's
    /// `sleep`): a timer sets its result unless it was cancelled. A delay of
    /// 0 or less is ``CoroutineSuspension/yield``'s job instead, as in asyncio.
    ///
    ///     let done = loop.sleep(2)    // awaited by a task: resumes at t+2
    ///
    /// - Complexity: O(log *n*) for *n* timers.
    public func sleepFuture(_ delay: Double, result: LoopValue = .none) -> LoopFuture {
        let future = createFuture(what: "sleep(\(EventLoop.formatSeconds(delay)))")
        future._sleepTimer = callLater(delay, name: "sleep(\(EventLoop.formatSeconds(delay))) done") {
            if !future.isDone { future.setResult(result) }
        }
        return future
    }

    /// A number of seconds as Python prints a float (`1.0`, `0.5`, `2.25`).
    public static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? "\(Int(seconds)).0" : "\(seconds)"
    }
}
