import StepvizCore
import StepvizEvents

/// Everything the threading panel draws at one position of the timeline,
/// rebuilt from the run's events alone: the library's state as
/// ``ThreadingReplay`` rebuilds it (locks, conditions and their waiters,
/// the deques and variables, who waits on what), and for the eye the
/// thread that moved, the line of code it ran, who took which item, the
/// last error and the newest sentences of the log.
///
/// Runs follow one another on the screen (the demo plays every scene);
/// each starts with a `scene` event, where the model starts afresh.
///
///     var model = ThreadingPanelModel()
///     for step in session.steps { model.apply(step) }
///     model.replay.state.deque("items")?.items    // []
///
/// - Complexity: `apply` is O(*l* + *c* + *n*) for the lists it touches.
public struct ThreadingPanelModel: PanelModel {
    /// The scene being shown (nil before the first `scene` line).
    public private(set) var header: ThreadingSceneHeader?
    /// The library's state, replayed from the events.
    public private(set) var replay = ThreadingReplay()
    /// The thread whose turn it is (nil in the setup).
    public private(set) var mover: Int?
    /// Turns taken in this run.
    public private(set) var turns = 0
    /// The line of the scene's code the last step ran, and whose.
    public private(set) var codeLine: Int?
    /// Each item a consumer popped and who popped it, oldest first.
    public private(set) var taken: [(item: String, by: Int)] = []
    /// The last Python error a thread raised (`T3: IndexError: ...`).
    public private(set) var lastError: String?
    /// The deadlock report of the run, when there was one.
    public private(set) var deadlock: [String]?
    /// The newest sentences, oldest first (at most ``logCapacity``).
    public private(set) var log: [ThreadingLogEntry] = []
    /// Runs seen so far (1 once the first has begun).
    public private(set) var runs = 0
    /// The last step applied.
    public private(set) var lastStep: Step<ThreadingStepEvent>?
    /// How many sentences the model keeps (more than any size shows).
    public static let logCapacity = 40

    /// Which function each thread is in (producer-consumer's queue calls).
    private var calls: [Int: ThreadingCall] = [:]
    /// The call each thread enters with its next request.
    private var nextCalls: [Int: ThreadingCall] = [:]
    private var appendsByProducer = 0

    public init(setup: NoSetup = NoSetup()) {}

    public mutating func apply(_ step: Step<ThreadingStepEvent>) {
        switch step.event {
        case .begin(_, let thread):
            mover = thread
            if thread != nil { turns += 1 }
        case .scene(let header):
            let runs = self.runs
            self = ThreadingPanelModel()
            self.runs = runs + 1
            self.header = header
        case .state(let state):
            // The library's own state: the replay of its events must equal
            // it, or the panel would be lying.
            assert(replay.state == state, "threading replay \(replay.state) differs from the library's \(state)")
        case .threading(let event):
            apply(event)
        }
        replay.apply(step.event)
        lastStep = step
    }

    private mutating func apply(_ event: ThreadingEvent) {
        guard let header, let kind = header.kind else { return }
        let actor = Self.thread(of: event) ?? mover
        // A queue call ends with its release; the next begins with a request.
        if case .request(let thread, _) = event, let next = nextCalls.removeValue(forKey: thread) { calls[thread] = next }
        if let actor {
            let call = self.call(of: actor, kind: kind)
            // The reentrant scene's one lock: how deep the actor is in it.
            let holds = kind == .reentrant ? replay.state.locks.first { $0.holder == actor }?.count ?? 0 : 0
            if let line = ThreadingPseudocode.line(
                for: event, kind: kind, call: call, leads: actor == (kind == .lostWakeup ? header.threads : 1), holdsBefore: holds)
            {
                codeLine = line
            }
        }
        switch event {
        case .poppedLeft(let thread, _, let item, _):
            taken.append((item, thread))
            if kind == .producerConsumer { nextCalls[thread] = .taskDone }
        case .appended(let thread, _, _, _) where thread == 1 && kind == .producerConsumer:
            appendsByProducer += 1
            if appendsByProducer == (header.threads - 1) * 2 { nextCalls[1] = .join }
        case .assigned(let thread, "q.unfinished_tasks", _) where thread != 1:
            nextCalls[thread] = .get
        case .notify(_, _, _, let woken, _):
            for thread in woken { takenWhenWoken[thread] = taken.count }
        case .raised(let thread, let error):
            lastError = "T\(thread): \(error)"
            // A stolen wakeup: items taken by others since this thread was woken.
            let since = takenWhenWoken[thread].map { Array(taken[$0...]) } ?? []
            errorContext = since.filter { $0.by != thread }.map { "T\($0.by) took \($0.item) after T\(thread) was woken for it" }
        case .deadlock(_, let report, _):
            deadlock = report
        case .aborted(let thread, let reason):
            endReasons[thread] = reason
        default:
            break
        }
        if case .turn = event { return }
        log.append(ThreadingLogEntry(mover: mover, event: event))
        if log.count > Self.logCapacity { log.removeFirst(log.count - Self.logCapacity) }
    }

    /// The queue call `thread` is in; the body for the other scenes.
    private mutating func call(of thread: Int, kind: ThreadingScene.Kind) -> ThreadingCall {
        guard kind == .producerConsumer else { return .body }
        if let call = calls[thread] { return call }
        let first: ThreadingCall = thread == 1 ? .put : .get
        calls[thread] = first
        return first
    }

    /// The thread an event is about (a hand-over is the receiver's step in
    /// its code, but the mover's turn: the mover's line stays).
    private static func thread(of event: ThreadingEvent) -> Int? {
        switch event {
        case .turn(let thread), .request(let thread, _), .wait(let thread, _, _), .released(let thread, _, _),
            .conditionWait(let thread, _, _, _, _), .notify(let thread, _, _, _, _), .reacquire(let thread, _, _),
            .appended(let thread, _, _, _), .poppedLeft(let thread, _, _, _), .assigned(let thread, _, _), .raised(let thread, _),
            .aborted(let thread, _), .finished(let thread):
            thread
        case .acquired, .waitReturned, .deadlock, .stuck: nil
        }
    }

    /// What led to ``lastError``: the items others took between the
    /// raising thread's wakeup and its pop (a stolen wakeup).
    public private(set) var errorContext: [String] = []
    /// Per woken thread, how many items had been taken when it was notified.
    private var takenWhenWoken: [Int: Int] = [:]

    /// Why each aborted thread ended (`IndexError: pop from an empty deque`).
    public private(set) var endReasons: [Int: String] = [:]

    /// The locks, conditions, deques and variables the last step touched.
    public var touchedNames: Set<String> {
        guard case .threading(let event)? = lastStep?.event else { return [] }
        switch event {
        case .request(_, let name), .acquired(_, let name, _), .wait(_, let name, _), .released(_, let name, _),
            .waitReturned(_, let name), .appended(_, let name, _, _), .poppedLeft(_, let name, _, _), .assigned(_, let name, _):
            return [name]
        case .conditionWait(_, let condition, let lock, _, _), .reacquire(_, let condition, let lock): return [condition, lock]
        case .notify(_, let condition, _, _, _): return [condition]
        case .turn, .deadlock, .raised, .stuck, .aborted, .finished: return []
        }
    }

    /// Whether the run has ended stuck.
    public var isStuck: Bool { replay.state.stuck != nil }
}
