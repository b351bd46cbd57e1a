import StepvizCore
import StepvizEvents

/// Everything the scheduler panel draws at one position of the timeline,
/// rebuilt from the run's events alone: the queue the library holds (run
/// queue of tasks, or message queue of actors), every coroutine with its
/// status, the turn in progress, the sends, the transcript and the code line.
///
/// The screen concatenates runs (the demo plays tasks then actors; the
/// prompt starts new runs), and a run's events restart the coroutine ids at
/// 1, so the model starts afresh at each run's first operation: a `begin`
/// other than `step` / `quit` that follows a `step` or `quit` (every run
/// spawns first, then steps, then maybe quits). The scene is read from the
/// run's first operation (`countdown 3` or `spawn printer`) and its events
/// (`queue` is the tasks scene's, `messages` the actors'), so a tasks run
/// followed by an actors run is drawn right whatever the setup said.
///
///     var model = SchedulerPanelModel()
///     for step in session.steps { model.apply(step) }
///     model.replay.output.map(\.text)    // ["T-minus 3", "T-minus 2", ...]
///
/// - Complexity: `apply` is O(1) besides copying a queue (O(q)).
public struct SchedulerPanelModel: PanelModel, Equatable {
    /// The scene of the run being shown.
    public private(set) var scene: SchedulerScene.Kind = .tasks
    /// The library's state, names and output lines, replayed from the events
    /// (`state` after every operation must equal it).
    public private(set) var replay = SchedulerReplay()
    /// Every coroutine of the run, in spawn order.
    public private(set) var coroutines: [SchedulerCoroutine] = []
    /// The tasks' deque as the library holds it now, next first: the task
    /// taken for a turn leaves it at `resume` (the library's popleft
    /// precedes the resume), and comes back with the next `queue`.
    public private(set) var runQueue: [Int] = []
    /// The actors' message deque as the library holds it now, next first:
    /// a message leaves it when it is delivered or dropped.
    public private(set) var messageQueue: [QueuedMessage] = []
    /// The coroutine of the current turn (nil between turns).
    public private(set) var turnCoroutine: Int?
    /// How far the current turn has got.
    public private(set) var turnStage: SchedulerTurnStage?
    /// The message the current turn delivers (actors).
    public private(set) var delivery: QueuedMessage?
    /// The sends of the run, oldest first (the newest ``sendCapacity``).
    public private(set) var sends: [SchedulerSend] = []
    /// The operation the last step belongs to, as labelled (`countdown 3`, `step`).
    public private(set) var operation: String?
    /// Turns taken in this run (one per `step`).
    public private(set) var turns = 0
    /// Runs seen so far (1 once the first has begun).
    public private(set) var runs = 0
    /// The line of the scheduler's code that the last step ran.
    public private(set) var codeLine: Int?
    /// The last step applied (what the highlights and the animation show).
    public private(set) var lastStep: Step<SchedulerStepEvent>?
    /// The newest events, oldest first, for the log.
    public private(set) var recentEvents: [SchedulerStepEvent] = []
    /// How many events the log keeps, and sends the sends list keeps (more than any size shows).
    public static let logCapacity = 60
    public static let sendCapacity = 60

    /// Each run names its scene in a `scene` event; until one arrives the
    /// model assumes tasks.
    public init(setup: NoSetup = NoSetup()) {}

    public mutating func apply(_ step: Step<SchedulerStepEvent>) {
        if case .scene(let kind) = step.event {
            // A run starts (the screen plays runs one after another): its
            // first operation's `begin` has just been applied.
            // The log runs on across runs, the begin that opened this one included.
            let label = operation
            let log = recentEvents
            startRun()
            scene = kind
            operation = label
            recentEvents = log
        }
        if case .begin(let label) = step.event {
            let isStepLabel = label == "step" || label == "quit"
            operation = label
            if isStepLabel {
                turnCoroutine = nil
                turnStage = nil
                delivery = nil
                if label == "step" { turns += 1 }
            }
        }
        if case .scheduler(let event) = step.event { apply(event) }
        if case .state(let state) = step.event {
            // The library's own state: the replay of its events must equal it,
            // or the panel would be lying.
            assert(replay.state == state, "scheduler replay \(replay.state) differs from the library's \(state)")
        }
        replay.apply(step.event)
        codeLine = SchedulerPseudocode.line(after: step.event, in: scene, from: codeLine)
        lastStep = step
        recentEvents.append(step.event)
        if recentEvents.count > Self.logCapacity { recentEvents.removeFirst(recentEvents.count - Self.logCapacity) }
    }

    /// The coroutine with id `id`, if spawned in this run.
    ///
    /// - Complexity: O(1): ids count from 1 in spawn order.
    public func coroutine(_ id: Int) -> SchedulerCoroutine? {
        let index = id - 1
        guard coroutines.indices.contains(index), coroutines[index].id == id else { return nil }
        return coroutines[index]
    }

    /// The name of coroutine `id` (`#id` when unknown).
    public func name(of id: Int) -> String { replay.names[id] ?? "#\(id)" }

    private mutating func startRun() {
        let runs = self.runs
        self = SchedulerPanelModel()
        self.runs = runs + 1
    }

    private mutating func apply(_ event: SchedulerEvent) {
        switch event {
        case .spawn(let task, let name):
            coroutines.append(SchedulerCoroutine(id: task, name: name))
        case .resume(let task, let message):
            turnCoroutine = task
            turnStage = .resumed
            let isActor = scene == .actors
            update(task) {
                $0.status = .running
                $0.turns += 1
                if isActor { $0.lastMessage = .some(message) }
            }
            if scene == .tasks, runQueue.first == task { runQueue.removeFirst() }
        case .output(let task, let text):
            update(task) { $0.lastOutput = text }
            if task == turnCoroutine { turnStage = .running }
        case .yield(let task):
            update(task) { $0.status = .parked }
            turnStage = .yielded
        case .finish(let task):
            update(task) { $0.status = .finished }
            if task == turnCoroutine { turnStage = .finished }
        case .failed(let task, let message):
            update(task) { $0.status = .failed(message) }
            if task == turnCoroutine { turnStage = .failed }
        case .cancelled(let task):
            update(task) { $0.status = .cancelled }
            turnCoroutine = task
            turnStage = .cancelled
        case .queue(let queue):
            scene = .tasks
            if let task = turnCoroutine, turnStage == .yielded, queue.last == task { turnStage = .requeued }
            runQueue = queue
        case .messages(let messages):
            scene = .actors
            messageQueue = messages
        case .send(let from, let to, let message):
            if let from, turnCoroutine == from { turnStage = .running }
            sends.append(SchedulerSend(from: from.map { name(of: $0) }, to: to, message: message))
            if sends.count > Self.sendCapacity { sends.removeFirst(sends.count - Self.sendCapacity) }
        case .deliver(let actor, let task, let message):
            delivery = QueuedMessage(actor: actor, task: task, message: message)
            turnCoroutine = task
            turnStage = .taken
            if !messageQueue.isEmpty { messageQueue.removeFirst() }
        case .drop(let to, let message, let reason):
            if case .scheduler(.send)? = lastStep?.event, let last = sends.indices.last,
                sends[last].to == to, sends[last].message == message
            {
                // Sent to a name no actor bears: it never reached the queue.
                sends[last].dropped = reason
            } else {
                // Its turn came and its actor had finished: popped, never delivered.
                delivery = messageQueue.first
                turnCoroutine = messageQueue.first?.task
                turnStage = .dropped
                if !messageQueue.isEmpty { messageQueue.removeFirst() }
            }
        }
    }

    private mutating func update(_ id: Int, _ change: (inout SchedulerCoroutine) -> Void) {
        let index = id - 1
        guard coroutines.indices.contains(index), coroutines[index].id == id else { return }
        change(&coroutines[index])
    }
}
