import StepvizCore
import Synchronization

/// A scheduler scene as an ``InterleavingSubject``: the real
/// ``TaskScheduler`` or ``ActorScheduler`` of the scene, each turn
/// resuming the coroutine the explorer picks from the ready ones (queued
/// tasks; actors with a message waiting) instead of the queue's first.
/// Its end state is the transcript, each line with its coroutine: what a
/// person would see printed, so two orders that print differently are
/// different end states.
///
/// A turn's footprint: the output (object 0) when it prints, and, for
/// actors, the mailbox of every actor it receives from or sends to
/// (object 1 + that actor's id). A turn's effect depends only on these and
/// on its own coroutine, so turns with disjoint footprints commute: two
/// countdowns' turns that print are ordered, the turn that only finishes
/// commutes with everything.
///
///     let subject = SchedulerExploration(scene: try SchedulerScene(kind: .tasks, ops: "countdown 2; countup 2"))
///     InterleavingExplorer(subject: subject).explore().endStates.count    // distinct transcripts
///
/// - Complexity: per run, the scene's turns on the real scheduler, O(*e*)
///   per turn for *e* events.
public struct SchedulerExploration: InterleavingSubject, Sendable {
    /// What a run ends in: every line printed, in order, and who is left.
    public struct EndState: Hashable, Sendable, CustomStringConvertible {
        /// `#2 T-minus 2`, in the order printed.
        public var transcript: [String]
        /// Coroutines alive at the end (the printer waits for ever).
        public var alive: [Int]

        public var description: String { transcript.joined(separator: " | ") }
    }

    /// The whole state between two turns: what was printed, what each
    /// coroutine was resumed with at each of its turns (its bodies are
    /// deterministic, so that is its local state), the messages waiting
    /// for each actor in order, and who is alive. Equal fingerprints have
    /// equal futures under equal choices.
    public struct StateFingerprint: Hashable, Sendable {
        public var transcript: [String]
        /// Per coroutine (index = id − 1), the message of each resume.
        public var received: [[Int?]]
        /// Per coroutine, the messages waiting for it, first first.
        public var mailboxes: [[Int?]]
        public var alive: [Int]
    }

    public let scene: SchedulerScene

    /// Explores `scene` (its schedule, if any, is ignored: the explorer picks).
    public init(scene: SchedulerScene) { self.scene = scene }

    public func execute(choose: @escaping @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision)
        -> (steps: [ExploredStep], endState: EndState?, finalState: StateFingerprint)
    {
        let scene = self.scene
        do {
            let log = Mutex<[SchedulerEvent]>([])
            let observer: @Sendable (SchedulerEvent) -> Void = { event in log.withLock { $0.append(event) } }
            let drain = {
                log.withLock { events in
                    defer { events.removeAll() }
                    return events
                }
            }
            let scheduler: any _ChoosableScheduler
            switch scene.kind {
            case .tasks:
                let tasks = TaskScheduler(observer: observer)
                for operation in scene.operations {
                    switch operation {
                    case .countdown(let n): tasks.spawn(operation.description, CoroutineDemos.countdown(n))
                    case .countup(let n): tasks.spawn(operation.description, CoroutineDemos.countup(n))
                    case .send: preconditionFailure("SchedulerScene admits no send in the tasks scene")
                    }
                }
                scheduler = tasks
            case .actors:
                let actors = ActorScheduler(observer: observer)
                for name in SchedulerScene.actorNames {
                    actors.spawn(name, name == "printer" ? CoroutineDemos.printer : CoroutineDemos.counter)
                }
                for case .send(let actor, let message) in scene.operations { actors.send(actor, message) }
                scheduler = actors
            }
            _ = drain()
            let actorIDs = Dictionary(uniqueKeysWithValues: SchedulerScene.actorNames.enumerated().map { ($1, $0 + 1) })
            var steps: [ExploredStep] = []
            var transcript: [String] = []
            var received = Array(repeating: [Int?](), count: scheduler.spawned)
            func fingerprint() -> StateFingerprint {
                var mailboxes = Array(repeating: [Int?](), count: received.count)
                for queued in scheduler.messages { mailboxes[queued.task - 1].append(queued.message) }
                return StateFingerprint(transcript: transcript, received: received, mailboxes: mailboxes, alive: scheduler.alive)
            }
            var ready = scheduler.ready
            while !ready.isEmpty && steps.count < SchedulerSession.maxSteps {
                guard case .take(let id) = choose(steps.count, ready, steps.last, fingerprint()) else {
                    let state = fingerprint()
                    scheduler.cancelAll()
                    return (steps, nil, state)
                }
                scheduler.step(resuming: id)
                var objects: [Int] = []
                for event in drain() {
                    switch event {
                    case .output(let task, let text):
                        objects.append(0)
                        transcript.append("#\(task) \(text)")
                    case .deliver(_, let task, _):
                        objects.append(1 + task)
                    case .resume(let task, let message):
                        received[task - 1].append(message)
                    case .send(_, let to, _):
                        if let target = actorIDs[to] { objects.append(1 + target) }
                    default:
                        break
                    }
                }
                let after = scheduler.ready
                let wakes = after.filter { $0 != id && !ready.contains($0) }
                steps.append(ExploredStep(thread: id, objects: objects, wakes: wakes))
                ready = after
            }
            let state = fingerprint()
            scheduler.cancelAll()
            return (steps, EndState(transcript: transcript, alive: state.alive), state)
        }
    }
}
