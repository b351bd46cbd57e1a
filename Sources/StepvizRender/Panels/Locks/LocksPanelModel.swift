import StepvizCore
import StepvizEvents

/// Everything the locks panel draws at one position of the timeline, rebuilt
/// from the run's events alone: the library's state (``LocksReplay``), each
/// thread's requests and ending, the thread lanes, the deadlock and
/// violation reports, the running code line and the log.
///
/// A screen may concatenate several runs (the demo cycles scenes, the prompt
/// reruns): every `scene` event starts the model afresh.
///
///     var model = LocksPanelModel()
///     for step in session.steps { model.apply(step) }
///     model.state == session.finalState    // true
///
/// - Complexity: `apply` is O(*n* + *l*) for *n* threads and *l* locks;
///   the lanes keep at most ``laneCapacity`` columns of *n* cells.
public struct LocksPanelModel: PanelModel, Equatable {
    /// The scene as its `scene` event announced it.
    public struct Scene: Equatable, Sendable {
        public var name: String
        public var threads: Int
        public var isOrdered: Bool

        /// The dining philosophers, drawn around a table.
        public var isPhilosophers: Bool { name == LocksScene.Kind.philosophers.rawValue }
        /// Whether the threads take their locks through the ranked
        /// `acquire()` recipe (the violation scene does, and is refused).
        public var usesRankedAcquire: Bool { isOrdered || name == LocksScene.Kind.violation.rawValue }
    }

    /// How many lane columns are kept: more than the widest screen shows.
    public static let laneCapacity = 192
    /// How many log events are kept (more than any panel shows).
    public static let logCapacity = 40

    /// The library's state, replayed from the events.
    public private(set) var replay = LocksReplay()
    public private(set) var scene: Scene?
    /// The label of the running operation ("thread 2") and its index.
    public private(set) var operation: String?
    public private(set) var operationIndex = -1
    /// The thread whose turn it is (nil during the setup).
    public private(set) var currentThread: Int?
    /// The last step applied (what the highlights show).
    public private(set) var lastStep: Step<LocksStepEvent>?
    /// Thread `k`'s activity at index `k - 1`.
    public private(set) var activities: [LocksThreadActivity] = []
    /// The thread lanes, oldest kept column first.
    public private(set) var lanes: [LocksLaneColumn] = []
    /// Columns scrolled out of ``lanes`` (the run was longer than the bound).
    public private(set) var droppedColumns = 0
    /// The last deadlock the library detected in this run, and how many.
    public private(set) var deadlock: LocksDeadlockReport?
    public private(set) var deadlockCount = 0
    /// The lock-order violation the library raised in this run.
    public private(set) var violation: LocksViolationReport?
    /// The line of ``LocksPseudocode/listing(for:)`` the last step ran.
    public private(set) var codeLine: Int?
    /// The newest events worth a log line, oldest first, with the thread
    /// whose turn each came in (a hand-over happens in the releaser's turn).
    public private(set) var recentEvents: [LocksLogEntry] = []

    public init(setup: NoSetup = NoSetup()) {}

    /// The library's state (locks, and where every thread is).
    public var state: LockRunSnapshot { replay.state }

    /// Who waits for whom, through which lock, from the state.
    ///
    /// - Complexity: O(*l* + *w*)
    public var waitEdges: [WaitForGraph.Edge] {
        state.locks.flatMap { lock in
            lock.holder.map { holder in lock.waiters.map { WaitForGraph.Edge(waiter: $0, lock: lock.name, holder: holder) } } ?? []
        }
    }

    /// Whether the current operation is the one whose request closed a cycle.
    public var isDeadlockCurrent: Bool { deadlock.map { $0.op == operationIndex } ?? false }
    /// Whether the current operation raised the violation.
    public var isViolationCurrent: Bool { violation.map { $0.op == operationIndex } ?? false }

    /// The locks `thread` holds, in rank order.
    ///
    /// - Complexity: O(*l*)
    public func held(by thread: Int) -> [String] {
        state.locks.filter { $0.holder == thread }.map(\.name)
    }

    /// The lock `thread` is blocked on, if any.
    public func waited(by thread: Int) -> LockRunSnapshot.LockState? {
        state.locks.first { $0.waiters.contains(thread) }
    }

    /// The rank of the lock named `name`, if the scene has it.
    public func rank(of name: String) -> Int? {
        state.locks.first { $0.name == name }?.rank
    }

    public mutating func apply(_ step: Step<LocksStepEvent>) {
        switch step.event {
        case .begin(let label, let thread):
            operation = label
            currentThread = thread
            if let thread { startColumn(op: step.op, actor: thread) }
        case .scene(let name, let threads, let ordered, _):
            startRun(step, name: name, threads: threads, ordered: ordered)
        case .lock(let event):
            apply(event, op: step.op)
        case .state(let snapshot):
            // The library's own state after the turn: the replay of its
            // events must already equal it, or the panel would be lying.
            assert(replay.state == snapshot, "locks replay \(replay.state) differs from the library's \(snapshot)")
        }
        replay.apply(step.event)
        lastStep = step
        operationIndex = step.op
        refreshLastColumn()
        if LocksNarration.isLogged(step.event) {
            recentEvents.append(LocksLogEntry(event: step.event, turnOf: currentThread))
            if recentEvents.count > Self.logCapacity { recentEvents.removeFirst(recentEvents.count - Self.logCapacity) }
        }
    }

    /// A new run: everything of the previous one goes, except the setup's
    /// `begin` that announced it.
    private mutating func startRun(_ step: Step<LocksStepEvent>, name: String, threads: Int, ordered: Bool) {
        let announced = recentEvents.last.flatMap { if case .begin(_, nil) = $0.event { $0 } else { nil } }
        let label = operation
        self = LocksPanelModel()
        operation = label
        scene = Scene(name: name, threads: threads, isOrdered: ordered)
        activities = Array(repeating: LocksThreadActivity(), count: threads)
        recentEvents = announced.map { [$0] } ?? []
    }

    /// Folds one library event into what the snapshot does not hold; runs
    /// before the replay applies it, so "before" is the state it saw.
    private mutating func apply(_ event: LockEvent, op: Int) {
        if let scene, let actor = currentThread,
            let line = LocksPseudocode.line(
                for: event, heldBefore: held(by: actor).count, actor: actor,
                rankedAcquire: scene.usesRankedAcquire)
        {
            codeLine = line
        }
        switch event {
        case .turn, .acquired, .wait:
            break
        case .request(let thread, let lock, let rank):
            guard activities.indices.contains(thread - 1) else { return }
            if held(by: thread).isEmpty { activities[thread - 1].requests = [] }
            activities[thread - 1].requests.append(.init(lock: lock, rank: rank))
        case .released(let thread, let lock, let count):
            if let report = deadlock, report.op == op, report.victim == thread, count == 0 {
                deadlock?.released.append(lock)
            }
            // The last hold gone: the next request starts a new acquisition.
            if count == 0, held(by: thread) == [lock], activities.indices.contains(thread - 1) {
                activities[thread - 1].requests = []
            }
        case .violation(let thread, let lock, let held):
            let requested = activities.indices.contains(thread - 1) ? activities[thread - 1].requests.last : nil
            violation = LocksViolationReport(
                thread: thread, lock: lock, rank: requested?.lock == lock ? requested?.rank : rank(of: lock),
                held: held, heldRanks: held.map { rank(of: $0) }, op: op)
            if activities.indices.contains(thread - 1) { activities[thread - 1].backOff = .orderViolation }
        case .deadlock(let cycle, let report, let victim):
            // The victim's own wait is still in the state: the replay drops
            // it when it applies this event.
            let edges = cycle.compactMap { thread in
                waited(by: thread).flatMap { lock in lock.holder.map { WaitForGraph.Edge(waiter: thread, lock: lock.name, holder: $0) } }
            }
            deadlock = LocksDeadlockReport(cycle: cycle, edges: edges, lines: report, victim: victim, op: op)
            deadlockCount += 1
            if activities.indices.contains(victim - 1) { activities[victim - 1].backOff = .deadlockVictim }
        case .aborted(let thread, let reason):
            guard activities.indices.contains(thread - 1) else { return }
            let backOff =
                activities[thread - 1].backOff
                ?? (reason == LockOrderViolation.message ? .orderViolation : .deadlockVictim)
            activities[thread - 1].endedAt = op
            activities[thread - 1].ended = .aborted(backOff)
        case .finished(let thread):
            guard activities.indices.contains(thread - 1) else { return }
            activities[thread - 1].endedAt = op
            activities[thread - 1].ended = .finished
        }
    }

    private mutating func startColumn(op: Int, actor: Int) {
        lanes.append(LocksLaneColumn(op: op, actor: actor, cells: []))
        if lanes.count > Self.laneCapacity {
            lanes.removeFirst(lanes.count - Self.laneCapacity)
            droppedColumns += 1
        }
    }

    private mutating func refreshLastColumn() {
        guard let last = lanes.indices.last, lanes[last].op == operationIndex else { return }
        let op = lanes[last].op
        lanes[last].cells = activities.indices.map { cell(of: $0 + 1, at: op) }
    }

    /// What `thread` is doing now, as the lane cell of operation `op`.
    ///
    /// - Complexity: O(*l* + *w*)
    public func cell(of thread: Int, at op: Int) -> LocksLaneCell {
        guard activities.indices.contains(thread - 1) else { return .gone }
        let activity = activities[thread - 1]
        if let endedAt = activity.endedAt { return endedAt == op ? activity.ended ?? .finished : .gone }
        let holding = held(by: thread)
        if let backOff = activity.backOff { return .backingOff(backOff, holding: holding) }
        if let lock = waited(by: thread) { return .waiting(lock: lock.name, holder: lock.holder, holding: holding) }
        return holding.isEmpty ? .idle : .holding(holding)
    }
}
