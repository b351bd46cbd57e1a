/// The notes' round-robin `TaskScheduler` over stackful coroutines: a
/// queue of coroutines; take the first, run it to its next yield, put it
/// back unless it finished.
///
/// Exactly one coroutine runs at a time, on the caller's thread: a turn
/// switches to the coroutine's own stack and back when it yields (see
/// ``StackfulCoroutine``), so the interleaving (and every event) is the
/// same in every run. Not `Sendable`: one thread drives a scheduler.
///
///     let scheduler = TaskScheduler()
///     scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
///     scheduler.spawn("countup 2", CoroutineDemos.countup(2))
///     scheduler.run()
///     // T-minus 3, Counting up 0, T-minus 2, Counting up 1, T-minus 1, Blastoff!
///
/// - Complexity: O(1) scheduling work per step, plus the coroutine's own.
public final class TaskScheduler {
    private let core: _SchedulerCore

    /// A scheduler with nothing spawned yet.
    ///
    ///     let scheduler = TaskScheduler(observer: { event in log.append(event) })
    ///
    /// - Parameters:
    ///   - observer: receives every ``SchedulerEvent``, in order.
    /// - Complexity: O(1)
    public init(observer: ((SchedulerEvent) -> Void)? = nil) {
        core = _SchedulerCore(kind: .tasks, observer: observer)
    }

    /// Admits a new coroutine at the back of the queue (Python's
    /// `new_task`); it starts on its first turn. Returns its id.
    ///
    /// - Complexity: O(1) amortized
    @discardableResult
    public func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        core.spawn(name, body)
    }

    /// The run queue: coroutine ids, next to run first.
    ///
    ///     scheduler.queue    // [1, 2, 3] after three spawns
    ///
    /// - Complexity: O(*q*), a copy of the queue.
    public var queue: [Int] { core.tasks.elements }

    /// Steps taken so far (one per resume).
    ///
    /// - Complexity: O(1)
    public var steps: Int { core.steps }

    /// Coroutines spawned and not ended (parked in the queue), ascending.
    ///
    /// - Complexity: O(*s*) for *s* spawned.
    public var alive: [Int] { core.alive }

    /// How many coroutines were ever spawned (their ids run from 1 to this).
    ///
    /// - Complexity: O(1)
    public var spawned: Int { core.spawned }

    /// Resumes the first coroutine of the queue to its next yield and puts
    /// it back unless it ended; returns nil when the queue is empty.
    ///
    /// - Complexity: O(1) amortized besides the coroutine's own work.
    @discardableResult
    public func step() -> SchedulerStepEnd? {
        core.step()
    }

    /// Coroutines that a step may resume (those in the queue), ascending.
    ///
    /// - Complexity: O(*q* log *q*)
    public var ready: [Int] { core.ready }

    /// Resumes coroutine `id` (instead of the queue's first) to its next
    /// yield, the rest of the queue keeping its order: a schedule choosing
    /// who runs next. Nil, doing nothing, when `id` is not queued.
    ///
    ///     scheduler.step(resuming: 2)    // T-minus 2 first
    ///
    /// - Complexity: O(*q*) besides the coroutine's own work.
    @discardableResult
    public func step(resuming id: Int) -> SchedulerStepEnd? {
        core.step(choosing: id)
    }

    /// Steps until the queue is empty, `maxSteps` steps were taken, a
    /// coroutine throws, or the calling task is cancelled; then resumes
    /// every coroutine still alive with a cancellation. The turns pass from
    /// coroutine to coroutine; the caller waits only for the end.
    ///
    /// - Complexity: O(steps)
    @discardableResult
    public func run(maxSteps: Int = .max) -> SchedulerRunEnd {
        core.run(maxSteps: maxSteps)
    }

    /// Resumes every coroutine still alive with a cancellation and waits
    /// for each to end; the queue is emptied.
    ///
    /// - Complexity: O(alive coroutines)
    public func cancelAll() {
        core.cancelAll()
    }
}
