import Synchronization

/// The notes' round-robin `TaskScheduler` over coroutines written as async
/// functions: a queue of coroutines; take the first, run it to its next
/// yield, put it back unless it finished.
///
/// Exactly one coroutine runs at a time: each parks a continuation at its
/// yield point and the scheduler resumes one and waits for it to park again,
/// so the interleaving (and every event) is the same in every run.
///
///     let scheduler = TaskScheduler()
///     scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
///     scheduler.spawn("countup 2", CoroutineDemos.countup(2))
///     await scheduler.run()
///     // T-minus 3, Counting up 0, T-minus 2, Counting up 1, T-minus 1, Blastoff!
///
/// Pass an `executor` to keep every coroutine on it (see
/// ``SerialThreadExecutor/runBlocking(_:)`` for synchronous callers).
///
/// - Complexity: O(1) scheduling work per step, plus the coroutine's own.
public final class TaskScheduler: _SteppedScheduler {
    private let pool: _CoroutinePool
    private let state = Mutex(State())

    private struct State {
        var queue: [Int] = []
        var steps = 0
    }

    /// A scheduler with nothing spawned yet.
    ///
    ///     let scheduler = TaskScheduler(observer: { event in log.append(event) })
    ///
    /// - Parameters:
    ///   - executor: where the coroutines run (nil: the global executor).
    ///   - observer: receives every ``SchedulerEvent``, in order.
    /// - Complexity: O(1)
    public init(executor: (any TaskExecutor)? = nil, observer: (@Sendable (SchedulerEvent) -> Void)? = nil) {
        pool = _CoroutinePool(executor: executor, observer: observer)
    }

    /// Admits a new coroutine at the back of the queue (Python's
    /// `new_task`); it starts on its first turn. Returns its id.
    ///
    /// - Complexity: O(1)
    @discardableResult
    public func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        let id = pool.spawn(name, body, send: nil)
        state.withLock { $0.queue.append(id) }
        pool.emit(.queue(queue))
        // A coroutine may spawn another mid-step: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
        return id
    }

    /// The run queue: coroutine ids, next to run first.
    ///
    ///     scheduler.queue    // [1, 2, 3] after three spawns
    ///
    /// - Complexity: O(*q*), a copy of the queue.
    public var queue: [Int] { state.withLock { $0.queue } }

    @usableFromInline
    internal var _hasPending: Bool { state.withLock { !$0.queue.isEmpty } }

    /// Steps taken so far (one per resume).
    ///
    /// - Complexity: O(1)
    public var steps: Int { state.withLock { $0.steps } }

    /// Coroutines spawned and not ended (parked in the queue), ascending.
    ///
    /// - Complexity: O(*a* log *a*) for *a* alive.
    public var alive: [Int] { pool.alive }

    /// Resumes the first coroutine of the queue to its next yield and puts
    /// it back unless it ended; returns nil when the queue is empty.
    ///
    /// - Complexity: O(1) besides the coroutine's own work.
    @discardableResult
    public func step() async -> SchedulerStepEnd? {
        guard let id = state.withLock({ state -> Int? in
            guard !state.queue.isEmpty else { return nil }
            state.steps += 1
            return state.queue.removeFirst()
        }) else { return nil }
        let signal = await pool.resume(id, message: nil)
        if case .yielded = signal { state.withLock { $0.queue.append(id) } }
        pool.emit(.queue(queue))
        _checkInvariants(betweenSteps: true)
        return SchedulerStepEnd(task: id, signal)
    }

    /// Steps until the queue is empty, `maxSteps` steps were taken, a
    /// coroutine throws, or the calling task is cancelled; then resumes
    /// every coroutine still alive with a cancellation.
    ///
    /// - Complexity: O(steps)
    @discardableResult
    public func run(maxSteps: Int = .max) async -> SchedulerRunEnd {
        await _run(maxSteps: maxSteps)
    }

    /// Resumes every coroutine still alive with a cancellation and waits
    /// for each to end; the queue is emptied.
    ///
    /// - Complexity: O(alive coroutines)
    public func cancelAll() async {
        await pool.cancelAll()
        state.withLock { $0.queue.removeAll() }
        pool.emit(.queue([]))
        _checkInvariants(betweenSteps: true)
    }

    /// Traps, naming what failed, when the queue holds an ended or
    /// repeated coroutine or (`betweenSteps`) one is still running (see
    /// `_SchedulerInvariants`). Called at the end of every spawn, step and
    /// cancel; compiled in only with STEPVIZ_INTERNAL_CHECKS (debug builds).
    private func _checkInvariants(betweenSteps: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        if let problem = _SchedulerInvariants.violation(queued: queue, alive: pool.alive, running: betweenSteps ? pool.running : nil) {
            preconditionFailure("TaskScheduler invariant: \(problem)")
        }
        #endif
    }
}
