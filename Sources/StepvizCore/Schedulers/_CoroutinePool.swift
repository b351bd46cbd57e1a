import Synchronization

/// The engine both schedulers run on: the coroutines, their run queue (a
/// task queue or an actor message queue), and the hand-over of the one turn
/// that may run at a time.
///
/// A turn is one continuation resumed. A coroutine that reaches its yield
/// does the scheduler's bookkeeping itself (requeue, count, pick the next,
/// emit the events) and resumes the next coroutine directly, then parks:
/// one executor job per turn, where a separate scheduler task waiting for
/// each turn costs two (resume the coroutine, resume the scheduler). Only
/// ``step()`` and ``cancelAll()``, which hand each turn back to their
/// caller, make the round trip. All state sits behind one mutex, taken once
/// per turn; continuations are unsafe ones (a checked one allocates a
/// canary per await) because the state machine resumes each exactly once:
/// a coroutine's continuation is stored under the mutex before anyone can
/// choose it, and taken under the mutex by whoever does.
///
/// The turn nearly every run is made of (a task run, no observer: park,
/// requeue, count, resume the next) takes one pass under the mutex
/// (`State.rotate`); anything else goes the general way.
///
/// A coroutine starts as a Swift task on its first turn (like a generator,
/// nothing runs before), so one never started needs no task to cancel.
///
/// - Complexity: O(1) amortized per turn and per send; the observer, when
///   present, is given copies of the queue (O(*q*)).
@usableFromInline
internal final class _CoroutinePool: Sendable {
    enum Kind { case tasks, actors }

    /// What a turn reads and writes of a coroutine: trivially copyable,
    /// so touching it retains nothing.
    struct Slot {
        /// Its continuation while it waits at a yield.
        var parked: UnsafeContinuation<Int?, any Error>?
        var started = false
        var ended = false
        /// Resumed with a cancellation: every later yield throws at once.
        var cancelled = false
    }

    /// The rest, read when it starts, is cancelled or fails.
    struct Member {
        let name: String
        /// The body, until its first turn starts it.
        var body: CoroutineBody?
        var yieldsAfterCancel = 0
    }

    /// Who gets control back when the running coroutine yields or ends.
    enum Driver {
        case idle
        /// `step()`: the caller, with the coroutine's signal.
        case step(UnsafeContinuation<_CoroutineSignal, Never>)
        /// `cancelAll()`: the caller, once the coroutine ended.
        case cancel(UnsafeContinuation<_CoroutineSignal, Never>)
        /// `run()`: the next coroutine, or the runner once the run stops.
        case run(maxSteps: Int, UnsafeContinuation<_RunStop, Never>)
    }

    struct State {
        /// Coroutine `id` at index `id - 1`, in both.
        var slots: [Slot] = []
        var members: [Member] = []
        var tasks = _RunQueue<Int>()
        var messages = _RunQueue<QueuedMessage>()
        /// Each name's current actor (a later spawn under a name replaces it).
        var actors: [String: Int] = [:]
        var steps = 0
        /// The coroutine resumed and not yet parked or ended.
        var running: Int?
        var driver = Driver.idle

        /// The common turn of a task run with no observer, in one go: `id`
        /// (running, not cancelled) parks and goes to the back of the queue,
        /// the queue's first (started and parked, or never started) is
        /// counted and marked running. Nil, changing nothing, when anything
        /// else holds (the run stops here, or a trap is due): the general
        /// path in ``_CoroutinePool/handOff(from:_:parking:)`` then decides,
        /// with the same outcome this would have had.
        @inline(__always)
        mutating func rotate(_ id: Int, _ parking: UnsafeContinuation<Int?, any Error>, maxSteps: Int) -> Wake? {
            let index = id - 1
            guard running == id, steps < maxSteps, !slots[index].cancelled else { return nil }
            let next = tasks.first ?? id
            let nextIndex = next - 1
            if next == id {
                tasks.rotate(appending: id)
                steps += 1
                return .resume(parking, nil)
            }
            let slot = slots[nextIndex]
            guard !slot.ended else { return nil }
            if slot.started {
                guard let resumed = slot.parked else { return nil }
                slots[nextIndex].parked = nil
                slots[index].parked = parking
                tasks.rotate(appending: id)
                steps += 1
                running = next
                return .resume(resumed, nil)
            }
            slots[nextIndex].started = true
            slots[index].parked = parking
            tasks.rotate(appending: id)
            steps += 1
            running = next
            return .start(id: next)
        }

        func isAlive(_ id: Int) -> Bool { id >= 1 && id <= slots.count && !slots[id - 1].ended }
        var alive: [Int] { slots.indices.filter { !slots[$0].ended }.map { $0 + 1 } }
    }

    /// What to do once the mutex is released.
    enum Wake {
        case none
        case resume(UnsafeContinuation<Int?, any Error>, Int?)
        case start(id: Int)
        case cancel(UnsafeContinuation<Int?, any Error>)
        case driver(UnsafeContinuation<_CoroutineSignal, Never>, _CoroutineSignal)
        case runner(UnsafeContinuation<_RunStop, Never>, _RunStop)
    }

    let kind: Kind
    private let executor: (any TaskExecutor)?
    private let observer: (@Sendable (SchedulerEvent) -> Void)?
    private let state = Mutex(State())
    /// Set by the cancellation handler of the task in `run()`; read at
    /// every turn (the runner is suspended, so `Task.isCancelled` in a
    /// coroutine would ask the wrong task).
    private let runCancelled = Atomic<Bool>(false)

    init(kind: Kind, executor: (any TaskExecutor)?, observer: (@Sendable (SchedulerEvent) -> Void)?) {
        self.kind = kind
        self.executor = executor
        self.observer = observer
    }

    // MARK: Reading

    var queue: [Int] { state.withLock { $0.tasks.elements } }
    var messages: [QueuedMessage] { state.withLock { $0.messages.elements } }
    var steps: Int { state.withLock { $0.steps } }
    var alive: [Int] { state.withLock { $0.alive } }
    var spawned: Int { state.withLock { $0.slots.count } }
    var running: Int? { state.withLock { $0.running } }
    /// The coroutines a step may resume, ascending: queued tasks, or live
    /// actors with a message waiting.
    var ready: [Int] {
        state.withLock { state in
            switch kind {
            case .tasks: Array(Set(state.tasks.elements)).sorted()
            case .actors: Array(Set(state.messages.elements.map(\.task).filter(state.isAlive))).sorted()
            }
        }
    }
    var hasPending: Bool { state.withLock { kind == .tasks ? !$0.tasks.isEmpty : !$0.messages.isEmpty } }

    // MARK: Spawning, output, messages

    /// Creates a coroutine (not started), queues it (tasks) or its priming
    /// empty message (actors), and returns its id.
    func spawn(_ name: String, _ body: @escaping CoroutineBody) -> Int {
        var snapshot: SchedulerEvent?
        let id = state.withLock { state -> Int in
            state.slots.append(Slot())
            state.members.append(Member(name: name, body: body))
            let id = state.slots.count
            switch kind {
            case .tasks:
                state.tasks.append(id)
                if observer != nil { snapshot = .queue(state.tasks.elements) }
            case .actors:
                state.actors[name] = id
                state.messages.append(QueuedMessage(actor: name, task: id, message: nil))
                if observer != nil { snapshot = .messages(state.messages.elements) }
            }
            return id
        }
        if let observer, let snapshot {
            observer(.spawn(task: id, name: name))
            observer(snapshot)
        }
        // A coroutine may spawn another mid-step: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
        return id
    }

    func output(_ id: Int, _ text: String) { observer?(.output(task: id, text: text)) }

    /// Queues `message` for the actor named `actor`, or drops it when no
    /// actor has that name.
    func send(_ actor: String, _ message: Int, from: Int?) {
        precondition(kind == .actors, "Coroutine.send is for actors run by an ActorScheduler")
        observer?(.send(from: from, to: actor, message: message))
        var snapshot: [QueuedMessage] = []
        let known = state.withLock { state -> Bool in
            guard let id = state.actors[actor] else { return false }
            state.messages.append(QueuedMessage(actor: actor, task: id, message: message))
            if observer != nil { snapshot = state.messages.elements }
            return true
        }
        observer?(known ? .messages(snapshot) : .drop(to: actor, message: message, reason: "unknown actor"))
        // Actors send while they run: no "nothing runs" check here.
        _checkInvariants(betweenSteps: false)
    }

    // MARK: The coroutine side

    /// Coroutine `id` yields: hands the turn on and waits for its next
    /// one; returns the message it is resumed with, or throws
    /// `CancellationError` once cancelled.
    @inlinable
    internal func park(_ id: Int) async throws -> Int? {
        try await withUnsafeThrowingContinuation { continuation in
            handOff(from: id, .yielded, parking: continuation)
        }
    }

    /// The end of a turn: `id` parked at a yield (`parking`) or ended.
    @usableFromInline
    internal func handOff(from id: Int, _ signal: _CoroutineSignal, parking: UnsafeContinuation<Int?, any Error>?) {
        if observer == nil, kind == .tasks, let parking {
            let fast = state.withLock { state -> Wake? in
                guard case .run(let maxSteps, _) = state.driver, !runCancelled.load(ordering: .acquiring) else { return nil }
                let wake = state.rotate(id, parking, maxSteps: maxSteps)
                #if STEPVIZ_INTERNAL_CHECKS
                if wake != nil { _checkInvariants(state, betweenSteps: false) }
                #endif
                return wake
            }
            if let fast { return perform(fast) }
        }
        var events: [SchedulerEvent] = []
        let wake = state.withLock { state -> Wake in
            if let parking, state.slots[id - 1].cancelled {
                // A body that caught its cancellation and yields again is
                // cancelled again, at once, without giving up the turn.
                state.members[id - 1].yieldsAfterCancel += 1
                let count = state.members[id - 1].yieldsAfterCancel
                if count > Self.maxYieldsAfterCancel {
                    preconditionFailure("coroutine \(id) '\(state.members[id - 1].name)' ignores cancellation: it yielded \(count) times after it was cancelled")
                }
                return .cancel(parking)
            }
            precondition(state.running == id, "coroutine \(id) parked, but the pool thought \(String(describing: state.running)) ran")
            state.running = nil
            if let parking {
                state.slots[id - 1].parked = parking
            } else {
                state.slots[id - 1].ended = true
            }
            if observer != nil { events.append(Self.event(for: signal, of: id)) }
            switch state.driver {
            case .idle:
                preconditionFailure("coroutine \(id) ran with no scheduler waiting for it")
            case .cancel(let caller):
                state.driver = .idle
                return .driver(caller, signal)
            case .step(let caller):
                afterTurn(id, signal, &state, &events)
                state.driver = .idle
                return .driver(caller, signal)
            case .run(let maxSteps, let runner):
                afterTurn(id, signal, &state, &events)
                if case .failed(let message) = signal {
                    state.driver = .idle
                    return .runner(runner, .failed(task: id, message: message))
                }
                return nextTurn(&state, &events, maxSteps: maxSteps, runner: runner)
            }
        }
        emit(events)
        perform(wake)
    }

    private static func event(for signal: _CoroutineSignal, of id: Int) -> SchedulerEvent {
        switch signal {
        case .yielded: .yield(task: id)
        case .finished: .finish(task: id)
        case .cancelled: .cancelled(task: id)
        case .failed(let message): .failed(task: id, message: message)
        }
    }

    /// The scheduler's half of a step, after the coroutine's: requeue a
    /// task that yielded, report the queue.
    private func afterTurn(_ id: Int, _ signal: _CoroutineSignal, _ state: inout State, _ events: inout [SchedulerEvent]) {
        switch kind {
        case .tasks:
            if case .yielded = signal { state.tasks.append(id) }
            if observer != nil { events.append(.queue(state.tasks.elements)) }
        case .actors:
            if observer != nil { events.append(.messages(state.messages.elements)) }
        }
        #if STEPVIZ_INTERNAL_CHECKS
        _checkInvariants(state, betweenSteps: true)
        #endif
    }

    /// In a run, between steps: stop (the runner gets control back) or
    /// start the next turn. Checks in the order the notes' loop does:
    /// cancelled, nothing pending, out of steps.
    private func nextTurn(_ state: inout State, _ events: inout [SchedulerEvent],
                          maxSteps: Int, runner: UnsafeContinuation<_RunStop, Never>) -> Wake {
        while true {
            let stop: _RunStop? =
                if runCancelled.load(ordering: .acquiring) { .cancelled }
                else if kind == .tasks ? state.tasks.isEmpty : state.messages.isEmpty { .completed }
                else if state.steps >= maxSteps { .quit }
                else { nil }
            if let stop {
                state.driver = .idle
                return .runner(runner, stop)
            }
            if case .turn(_, let wake) = beginTurn(&state, &events) { return wake }
            // A message for a finished actor was dropped: that was the step.
        }
    }

    enum TurnStart {
        case empty
        case dropped(actor: String)
        case turn(id: Int, Wake)
    }

    /// Takes the next step off the queue: counts it, reports it, marks its
    /// coroutine running and says how to resume it.
    private func beginTurn(_ state: inout State, _ events: inout [SchedulerEvent]) -> TurnStart {
        let id: Int
        let message: Int?
        switch kind {
        case .tasks:
            guard let next = state.tasks.popFirst() else { return .empty }
            state.steps += 1
            id = next
            message = nil
        case .actors:
            guard let next = state.messages.popFirst() else { return .empty }
            state.steps += 1
            guard state.isAlive(next.task) else {
                if observer != nil {
                    events.append(.drop(to: next.actor, message: next.message, reason: "finished actor"))
                    events.append(.messages(state.messages.elements))
                }
                #if STEPVIZ_INTERNAL_CHECKS
                _checkInvariants(state, betweenSteps: true)
                #endif
                return .dropped(actor: next.actor)
            }
            if observer != nil { events.append(.deliver(actor: next.actor, task: next.task, message: next.message)) }
            id = next.task
            message = next.message
        }
        if observer != nil { events.append(.resume(task: id, message: message)) }
        return .turn(id: id, resumeWake(id, message: message, &state))
    }

    /// Marks `id` running (trapping if another is) and takes what resumes it.
    private func resumeWake(_ id: Int, message: Int?, _ state: inout State) -> Wake {
        if let other = state.running { preconditionFailure("coroutine \(id) resumed while coroutine \(other) runs") }
        precondition(!state.slots[id - 1].ended, "no live coroutine \(id)")
        state.running = id
        guard state.slots[id - 1].started else {
            state.slots[id - 1].started = true
            return .start(id: id)
        }
        guard let parked = state.slots[id - 1].parked else { preconditionFailure("coroutine \(id) is not parked") }
        state.slots[id - 1].parked = nil
        return .resume(parked, message)
    }

    private func emit(_ events: [SchedulerEvent]) {
        guard let observer else { return }
        for event in events { observer(event) }
    }

    private func perform(_ wake: Wake) {
        switch wake {
        case .none: break
        case .resume(let continuation, let message): continuation.resume(returning: message)
        case .cancel(let continuation): continuation.resume(throwing: CancellationError())
        case .driver(let continuation, let signal): continuation.resume(returning: signal)
        case .runner(let continuation, let stop): continuation.resume(returning: stop)
        case .start(let id):
            let (name, body) = state.withLock { state in
                defer { state.members[id - 1].body = nil }
                return (state.members[id - 1].name, state.members[id - 1].body!)
            }
            let coroutine = Coroutine(id: id, name: name, pool: self)
            Task(executorPreference: executor) { [self] in
                let signal: _CoroutineSignal
                do {
                    try await body(coroutine)
                    signal = .finished
                } catch is CancellationError {
                    signal = .cancelled
                } catch {
                    signal = .failed("\(error)")
                }
                handOff(from: id, signal, parking: nil)
            }
        }
    }

    // MARK: The scheduler side

    /// One step, handed back to the caller: the next task's turn, or the
    /// next message's delivery (or drop). Nil when nothing is queued.
    ///
    /// With `choosing`, that coroutine's turn instead (its first queued
    /// entry or message moves to the head, the rest keep their order); nil
    /// when it is not ready.
    func step(choosing chosen: Int? = nil) async -> SchedulerStepEnd? {
        var events: [SchedulerEvent] = []
        let start = state.withLock { state -> TurnStart in
            if let chosen {
                let found = switch kind {
                case .tasks: state.tasks.moveToFront { $0 == chosen }
                case .actors: state.isAlive(chosen) && state.messages.moveToFront { $0.task == chosen }
                }
                guard found else { return .empty }
            }
            return beginTurn(&state, &events)
        }
        emit(events)
        switch start {
        case .empty: return nil
        case .dropped(let actor): return .dropped(actor: actor)
        case .turn(let id, let wake):
            let signal = await withUnsafeContinuation { caller in
                state.withLock { $0.driver = .step(caller) }
                perform(wake)
            }
            return SchedulerStepEnd(task: id, signal)
        }
    }

    /// Steps until nothing is pending, `maxSteps` steps were taken, a
    /// coroutine throws, or the calling task is cancelled; the turns hand
    /// over from coroutine to coroutine and the caller waits for the stop.
    /// Whatever ends the run, coroutines still alive are then resumed with
    /// a cancellation, so none is left parked.
    func run(maxSteps: Int) async -> SchedulerRunEnd {
        runCancelled.store(false, ordering: .releasing)
        let stop = await withTaskCancellationHandler {
            await withUnsafeContinuation { (runner: UnsafeContinuation<_RunStop, Never>) in
                var events: [SchedulerEvent] = []
                let wake = state.withLock { state -> Wake in
                    if let other = state.running { preconditionFailure("run() called while coroutine \(other) runs") }
                    state.driver = .run(maxSteps: maxSteps, runner)
                    return nextTurn(&state, &events, maxSteps: maxSteps, runner: runner)
                }
                emit(events)
                perform(wake)
            }
        } onCancel: {
            runCancelled.store(true, ordering: .releasing)
        }
        switch stop {
        case .completed:
            if !alive.isEmpty { await cancelAll() }
            return .completed
        case .quit:
            await cancelAll()
            return .quit
        case .cancelled:
            await cancelAll()
            return .cancelled
        case .failed(let task, let message):
            await cancelAll()
            return .failed(task: task, message: message)
        }
    }

    /// How many yields a coroutine may make after it was cancelled before
    /// the pool gives up on it. Each such yield throws at once, so a body
    /// that swallows `CancellationError` a few times (cleanup that yields)
    /// still ends; one that swallows it in an endless loop would keep the
    /// quit waiting for ever, and is stopped with a crash naming it.
    static let maxYieldsAfterCancel = 10_000

    /// Resumes every live coroutine with a cancellation, in id order, and
    /// waits for each body to end; one never started just ends. The queue
    /// is emptied.
    ///
    /// Traps (`preconditionFailure`, "coroutine N 'name' ignores
    /// cancellation") when a body yields more than
    /// ``maxYieldsAfterCancel`` times after its cancellation: a bug in the
    /// body becomes a crash with its name, never a hang on quit.
    func cancelAll() async {
        enum Next { case none, ended(Int), cancel(UnsafeContinuation<Int?, any Error>) }
        while true {
            let next = state.withLock { state -> Next in
                guard let index = state.slots.firstIndex(where: { !$0.ended }) else { return .none }
                let id = index + 1
                if let other = state.running { preconditionFailure("coroutine \(id) resumed while coroutine \(other) runs") }
                guard state.slots[index].started else {
                    state.slots[index].ended = true
                    state.members[index].body = nil
                    return .ended(id)
                }
                guard let parked = state.slots[index].parked else { preconditionFailure("coroutine \(id) is not parked") }
                state.slots[index].parked = nil
                state.slots[index].cancelled = true
                state.running = id
                return .cancel(parked)
            }
            switch next {
            case .none:
                let empty: SchedulerEvent = state.withLock { state in
                    state.tasks.removeAll()
                    state.messages.removeAll()
                    return kind == .tasks ? .queue([]) : .messages([])
                }
                observer?(empty)
                _checkInvariants(betweenSteps: true)
                return
            case .ended(let id):
                observer?(.cancelled(task: id))
            case .cancel(let parked):
                _ = await withUnsafeContinuation { caller in
                    state.withLock { $0.driver = .cancel(caller) }
                    parked.resume(throwing: CancellationError())
                }
            }
        }
    }

    // MARK: Invariants

    private func _checkInvariants(betweenSteps: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        state.withLock { _checkInvariants($0, betweenSteps: betweenSteps) }
        #endif
    }

    /// Traps, naming what failed (see `_SchedulerInvariants`): a queued
    /// task ended or repeated, a message for a coroutine never spawned, or
    /// (`betweenSteps`) a coroutine still running. Compiled in only with
    /// STEPVIZ_INTERNAL_CHECKS (debug builds).
    private func _checkInvariants(_ state: State, betweenSteps: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        let running = betweenSteps ? state.running : nil
        switch kind {
        case .tasks:
            if let problem = _SchedulerInvariants.violation(queued: state.tasks.elements, alive: state.alive, running: running) {
                preconditionFailure("TaskScheduler invariant: \(problem)")
            }
        case .actors:
            if let problem = _SchedulerInvariants.violation(messages: state.messages.elements, spawned: state.slots.count, running: running) {
                preconditionFailure("ActorScheduler invariant: \(problem)")
            }
        }
        #endif
    }
}

/// Why a run gave control back to the task that called `run()`.
internal enum _RunStop: Sendable {
    case completed, quit, cancelled
    case failed(task: Int, message: String)
}
