/// A coroutine wrapped in a future (asyncio's `Task`, the notes' `Task`):
/// `step` sends the awaited future's result into the coroutine and hangs
/// itself on the next future it yields, until the coroutine returns, which
/// sets the task's own result.
///
///     let task = loop.createTask(EventLoopDemos.sayAfter(1, "hello"))
///     loop.runUntilComplete(task)    // prints hello at t=1
///
/// As in asyncio, the first step is queued with `callSoon` when the task is
/// made, and a finished future wakes the task through its done callback
/// (queued, so the step runs in the iteration after the future is done).
public final class LoopTask: LoopFuture {
    /// "Task-1", or the name given.
    public let name: String
    @usableFromInline
    internal var _stack: [any LoopCoroutine]
    @usableFromInline
    internal var _waitingOn: LoopFuture?
    @usableFromInline
    internal var _mustCancel = false
    /// How many times the coroutine has been resumed.
    public private(set) var steps = 0

    internal init(loop: EventLoop, coroutine: any LoopCoroutine, name: String?) {
        // asyncio numbers its tasks apart from everything else (Task-1, Task-2, ...).
        let name =
            name
            ?? {
                loop._tasksCreated += 1
                return "Task-\(loop._tasksCreated)"
            }()
        self.name = name
        self._stack = [coroutine]
        super.init(loop: loop, what: name)
        loop._emit(.taskCreated(task: id, name: name, coroutine: coroutine.name))
        loop.callSoon(name: "\(name).step") { [self] in _step(.success(.none)) }
    }

    /// The coroutines of the task, outermost first (`say`, then the
    /// `say_after` it awaits).
    public var coroutines: [any LoopCoroutine] { _stack }

    /// The future the task waits on, nil while ready or done.
    public var waitingOn: LoopFuture? { _waitingOn }

    /// Cancels the task: cancels the future it waits on (its coroutine then
    /// gets `CancelledError`), or makes its next step throw it.
    ///
    /// - Complexity: O(1)
    @discardableResult
    public override func cancel() -> Bool {
        guard !isDone else { return false }
        if let waiting = _waitingOn, waiting.cancel() { return true }
        _mustCancel = true
        return true
    }

    internal func _wakeup(_ future: LoopFuture) {
        future._sleepTimer?.cancel()
        _step(future.outcome ?? .success(.none))
    }

    internal func _step(_ sent: Result<LoopValue, LoopError>) {
        guard !isDone else { return }
        var input = sent
        if _mustCancel {
            input = .failure(.cancelled)
            _mustCancel = false
        }
        _waitingOn = nil
        steps += 1
        loop._emit(.taskStep(task: id, name: name, sent: LoopFuture.describe(input)))
        while true {
            switch _stack[_stack.count - 1].resume(input, on: loop) {
            case .awaiting(let future):
                if let outcome = future.outcome {
                    // Future.__await__ does not yield a future that is done.
                    input = outcome
                    continue
                }
                _waitingOn = future
                loop._emit(.taskAwaits(task: id, future: future.id, what: future.what))
                future.addDoneCallback(name: "\(name).wakeup") { [self] future in _wakeup(future) }
                if _mustCancel, future.cancel() { _mustCancel = false }
                return
            case .awaitingCoroutine(let inner):
                _stack.append(inner)
                input = .success(.none)
            case .yield:
                loop._emit(.taskAwaits(task: id, future: nil, what: "yield"))
                loop.callSoon(name: "\(name).step") { [self] in _step(.success(.none)) }
                return
            case .returned(let value):
                _stack.removeLast()
                if _stack.isEmpty {
                    // Cancelled while its last step ran: asyncio's "Task is
                    // cancelled right before coro stops" (the result is dropped).
                    let outcome: Result<LoopValue, LoopError> = _mustCancel ? .failure(.cancelled) : .success(value)
                    _mustCancel = false
                    loop._emit(.taskDone(task: id, name: name, outcome: LoopFuture.describe(outcome)))
                    _finish(outcome)
                    return
                }
                input = .success(value)
            case .raised(let error):
                _stack.removeLast()
                if _stack.isEmpty {
                    loop._emit(.taskDone(task: id, name: name, outcome: error.description))
                    _finish(.failure(error))
                    return
                }
                input = .failure(error)
            }
        }
    }
}

extension EventLoop {
    /// Wraps `coroutine` in a task whose first step runs in the next
    /// iteration (asyncio's `create_task`).
    ///
    ///     let hello = loop.createTask(EventLoopDemos.sayAfter(1, "hello"))
    ///
    /// - Complexity: O(1)
    @discardableResult
    public func createTask(_ coroutine: any LoopCoroutine, name: String? = nil) -> LoopTask {
        LoopTask(loop: self, coroutine: coroutine, name: name)
    }

    /// Runs `coroutine` as a task until it is done (asyncio's
    /// `run_until_complete(coro)`).
    ///
    /// - Complexity: as ``runForever()``.
    @discardableResult
    public func runUntilComplete(_ coroutine: any LoopCoroutine) -> Result<LoopValue, LoopError> {
        runUntilComplete(createTask(coroutine))
    }
}
