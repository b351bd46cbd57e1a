import Synchronization

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
///     await actors.run()    // printer outputs "Got: 3", "Got: 2", "Got: 1"
///
/// - Complexity: O(1) scheduling work per delivery, plus the actor's own.
public final class ActorScheduler: _SteppedScheduler {
    private let pool: _CoroutinePool
    private let state = Mutex(State())

    private struct State {
        /// Each name's current actor (a later spawn under a name replaces it).
        var actors: [String: Int] = [:]
        var messages: [QueuedMessage] = []
        var steps = 0
    }

    /// A scheduler with nothing spawned yet.
    ///
    ///     let actors = ActorScheduler(observer: { event in log.append(event) })
    ///
    /// - Parameters:
    ///   - executor: where the actors run (nil: the global executor).
    ///   - observer: receives every ``SchedulerEvent``, in order.
    /// - Complexity: O(1)
    public init(executor: (any TaskExecutor)? = nil, observer: (@Sendable (SchedulerEvent) -> Void)? = nil) {
        pool = _CoroutinePool(executor: executor, observer: observer)
    }

    /// Creates an actor named `name` and queues its priming empty message
    /// (Python's `new_actor`). Returns its coroutine id.
    ///
    /// A name already in use now names the new actor (Python's dict
    /// assignment); the old actor keeps the messages already queued for it.
    ///
    /// - Complexity: O(1)
    @discardableResult
    public func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        let id = pool.spawn(name, body, send: { [weak self] from, actor, message in
            self?.send(actor, message, from: from)
        })
        state.withLock { state in
            state.actors[name] = id
            state.messages.append(QueuedMessage(actor: name, task: id, message: nil))
        }
        pool.emit(.messages(messages))
        _checkInvariants(betweenSteps: false)
        return id
    }

    /// Queues `message` for the actor named `actor`, or drops it when no
    /// actor has that name. `from` is the sending actor's id, nil from outside.
    ///
    /// - Complexity: O(1)
    public func send(_ actor: String, _ message: Int, from: Int? = nil) {
        pool.emit(.send(from: from, to: actor, message: message))
        let known = state.withLock { state in
            guard let id = state.actors[actor] else { return false }
            state.messages.append(QueuedMessage(actor: actor, task: id, message: message))
            return true
        }
        pool.emit(known ? .messages(messages) : .drop(to: actor, message: message, reason: "unknown actor"))
        // Actors send while they run: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
    }

    /// The messages waiting, next to deliver first.
    ///
    ///     actors.messages.map(\.description)    // ["(printer, None)", "(counter, None)"]
    ///
    /// - Complexity: O(*m*), a copy of the queue.
    public var messages: [QueuedMessage] { state.withLock { $0.messages } }

    @usableFromInline
    internal var _hasPending: Bool { state.withLock { !$0.messages.isEmpty } }

    /// Deliveries made so far (dropped ones included).
    ///
    /// - Complexity: O(1)
    public var steps: Int { state.withLock { $0.steps } }

    /// Actors spawned and not ended, ascending.
    ///
    /// - Complexity: O(*a* log *a*) for *a* alive.
    public var alive: [Int] { pool.alive }

    /// Delivers the first message: resumes its actor with it and waits until
    /// the actor waits again or ends. Returns nil when the queue is empty.
    ///
    /// - Complexity: O(1) besides the actor's own work.
    @discardableResult
    public func step() async -> SchedulerStepEnd? {
        guard let next = state.withLock({ state -> QueuedMessage? in
            guard !state.messages.isEmpty else { return nil }
            state.steps += 1
            return state.messages.removeFirst()
        }) else { return nil }
        let id = next.task
        if !pool.isAlive(id) {
            pool.emit(.drop(to: next.actor, message: next.message, reason: "finished actor"))
            pool.emit(.messages(messages))
            _checkInvariants(betweenSteps: true)
            return .dropped(actor: next.actor)
        }
        pool.emit(.deliver(actor: next.actor, task: id, message: next.message))
        let signal = await pool.resume(id, message: next.message)
        pool.emit(.messages(messages))
        _checkInvariants(betweenSteps: true)
        return SchedulerStepEnd(task: id, signal)
    }

    /// Delivers messages until the queue is empty, `maxSteps` deliveries
    /// were made, an actor throws, or the calling task is cancelled; then
    /// resumes every actor still waiting with a cancellation (a printer
    /// waits forever otherwise).
    ///
    /// - Complexity: O(steps)
    @discardableResult
    public func run(maxSteps: Int = .max) async -> SchedulerRunEnd {
        await _run(maxSteps: maxSteps)
    }

    /// Resumes every actor still alive with a cancellation and waits for
    /// each to end; pending messages are discarded.
    ///
    /// - Complexity: O(alive actors)
    public func cancelAll() async {
        await pool.cancelAll()
        state.withLock { $0.messages.removeAll() }
        pool.emit(.messages([]))
        _checkInvariants(betweenSteps: true)
    }

    /// Traps, naming what failed, when a message is queued for a coroutine
    /// never spawned or (`betweenSteps`) one is still running (see `_SchedulerInvariants`).
    /// Called at the end of every spawn, send, step and cancel; compiled
    /// in only with STEPVIZ_INTERNAL_CHECKS (debug builds).
    private func _checkInvariants(betweenSteps: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        if let problem = _SchedulerInvariants.violation(messages: messages, spawned: pool.spawned, running: betweenSteps ? pool.running : nil) {
            preconditionFailure("ActorScheduler invariant: \(problem)")
        }
        #endif
    }
}
