/// The notes' `ActorScheduler`: actors are coroutines that wait for
/// messages; a queue of (actor, message) is delivered one at a time. Each
/// actor is primed with an empty message when spawned; a message for an
/// unknown actor is dropped when sent, one for a finished actor when its
/// turn comes (both reported as `drop`).
///
/// Names map to actors as in Python's dict: spawning a second actor under
/// a name already in use replaces the first in the name table, so messages
/// sent to that name afterwards go to the new actor. A queued message holds
/// its actor itself (its coroutine id, like Python's tuple holds the
/// generator), so messages queued before the replacement, the old actor's
/// priming message included, still go to the old actor, which stays alive
/// until it ends or the scheduler cancels it.
///
///     let actors = ActorScheduler()
///     actors.spawn("printer", CoroutineDemos.printer)
///     actors.spawn("counter", CoroutineDemos.counter)
///     actors.send("counter", 3)
///     actors.run()    // printer outputs "Got: 3", "Got: 2", "Got: 1"
///
/// - Complexity: O(1) scheduling work per delivery, plus the actor's own.
public final class ActorScheduler {
    private let core: _SchedulerCore

    /// A scheduler with nothing spawned yet.
    ///
    ///     let actors = ActorScheduler(observer: { event in log.append(event) })
    ///
    /// - Parameters:
    ///   - observer: receives every ``SchedulerEvent``, in order.
    /// - Complexity: O(1)
    public init(observer: ((SchedulerEvent) -> Void)? = nil) {
        core = _SchedulerCore(kind: .actors, observer: observer)
    }

    /// Creates an actor named `name` and queues its priming empty message
    /// (Python's `new_actor`). Returns its coroutine id.
    ///
    /// A name already in use now names the new actor (Python's dict
    /// assignment); the old actor keeps the messages already queued for it.
    ///
    /// - Complexity: O(1) amortized
    @discardableResult
    public func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        core.spawn(name, body)
    }

    /// Queues `message` for the actor named `actor`, or drops it when no
    /// actor has that name. `from` is the sending actor's id, nil from outside.
    ///
    /// - Complexity: O(1) amortized
    public func send(_ actor: String, _ message: Int, from: Int? = nil) {
        core.send(actor, message, from: from)
    }

    /// The messages waiting, next to deliver first.
    ///
    ///     actors.messages.map(\.description)    // ["(printer, None)", "(counter, None)"]
    ///
    /// - Complexity: O(*m*), a copy of the queue.
    public var messages: [QueuedMessage] { core.messages.elements }

    /// Deliveries made so far (dropped ones included).
    ///
    /// - Complexity: O(1)
    public var steps: Int { core.steps }

    /// Actors spawned and not ended, ascending.
    ///
    /// - Complexity: O(*s*) for *s* spawned.
    public var alive: [Int] { core.alive }

    /// How many coroutines were ever spawned (their ids run from 1 to this).
    ///
    /// - Complexity: O(1)
    public var spawned: Int { core.spawned }

    /// Delivers the first message: resumes its actor with it and waits until
    /// the actor waits again or ends. Returns nil when the queue is empty.
    ///
    /// - Complexity: O(1) amortized besides the actor's own work.
    @discardableResult
    public func step() -> SchedulerStepEnd? {
        core.step()
    }

    /// Actors that a step may run (alive, with a message waiting), ascending.
    ///
    /// - Complexity: O(*q* log *q*)
    public var ready: [Int] { core.ready }

    /// Delivers the first message waiting for actor `id` (instead of the
    /// queue's first), the other messages keeping their order: a schedule
    /// choosing who runs next. Nil, doing nothing, when `id` is not ready.
    ///
    ///     actors.step(resuming: 2)    // the counter's message first
    ///
    /// - Complexity: O(*q*) besides the actor's own work.
    @discardableResult
    public func step(resuming id: Int) -> SchedulerStepEnd? {
        core.step(choosing: id)
    }

    /// Delivers messages until the queue is empty, `maxSteps` deliveries
    /// were made, an actor throws, or the calling task is cancelled; then
    /// resumes every actor still waiting with a cancellation (a printer
    /// waits forever otherwise). Each actor that waits again hands the
    /// next message to its actor directly.
    ///
    /// - Complexity: O(steps)
    @discardableResult
    public func run(maxSteps: Int = .max) -> SchedulerRunEnd {
        core.run(maxSteps: maxSteps)
    }

    /// Resumes every actor still alive with a cancellation and waits for
    /// each to end; pending messages are discarded.
    ///
    /// - Complexity: O(alive actors)
    public func cancelAll() {
        core.cancelAll()
    }
}
