import StepvizCore
import StepvizEvents

/// Everything the event-loop panel draws at one position of the timeline,
/// rebuilt from the run's events alone: the loop's state (time, ready
/// queue, timer heap, interest list, sockets, output) as
/// ``EventLoopReplay`` rebuilds it, and for the eye the `select` calls,
/// the tasks with what they await, the sockets with their bytes, the
/// callback running and the code line.
///
/// Runs follow one another on the screen (the demo plays a server, then
/// tasks); each starts with a `scene` event, where the model starts afresh.
///
///     var model = EventLoopPanelModel()
///     for step in session.steps { model.apply(step) }
///     model.replay.output.map(\.text)    // ["started at 0.0", "hello", ...]
///
/// - Complexity: `apply` is O(log *n*) for the timer heap plus O(*k*) for
///   the lists it touches.
public struct EventLoopPanelModel: PanelModel {
    /// The scene of the run being shown.
    public private(set) var scene: EventLoopScene.Kind = .server
    /// The loop's state and output, replayed from the events.
    public private(set) var replay = EventLoopReplay()
    /// Every task of the run, in creation order.
    public private(set) var tasks: [EventLoopTaskRow] = []
    /// Every socket of the run, in the order they opened.
    public private(set) var sockets: [EventLoopSocketRow] = []
    /// The newest `select` calls, oldest first.
    public private(set) var selects: [EventLoopSelectCall] = []
    /// The callback running now (between its `run` and the next).
    public private(set) var running: (id: Int, name: String)?
    /// Iterations of `_run_once` finished in this run.
    public private(set) var iterations = 0
    /// Callbacks run in this run.
    public private(set) var callbacksRun = 0
    /// The operation the last step belongs to (`connect`, `run_once`).
    public private(set) var operation: String?
    /// Runs seen so far (1 once the first has begun).
    public private(set) var runs = 0
    /// The line of the loop's code the last step ran.
    public private(set) var codeLine: Int?
    /// The last step applied.
    public private(set) var lastStep: Step<EventLoopStepEvent>?
    /// The last error step of the run.
    public private(set) var lastError: String?
    /// How many selects the model keeps (more than any size shows).
    public static let selectCapacity = 40

    public init(setup: NoSetup = NoSetup()) {}

    public mutating func apply(_ step: Step<EventLoopStepEvent>) {
        switch step.event {
        case .scene(let kind):
            let label = operation
            let runs = self.runs
            self = EventLoopPanelModel()
            self.runs = runs + 1
            scene = kind
            operation = label
        case .begin(let label):
            operation = label
            running = nil
        case .error(let message):
            lastError = message
        case .state(let state):
            // The library's own state: the replay of its events must equal
            // it, or the panel would be lying.
            assert(replay.state == state, "event loop replay \(replay.state) differs from the library's \(state)")
        case .loop(let event):
            apply(event)
        }
        replay.apply(step.event)
        codeLine = EventLoopPseudocode.line(after: step.event, in: scene, from: codeLine)
        lastStep = step
    }

    private mutating func apply(_ event: EventLoopEvent) {
        switch event {
        case .selected(let timeout, let ready):
            selects.append(EventLoopSelectCall(iteration: iterations + 1, timeout: timeout, ready: ready))
            if selects.count > Self.selectCapacity { selects.removeFirst(selects.count - Self.selectCapacity) }
        case .callbackRun(let id, let name):
            running = (id, name)
            callbacksRun += 1
        case .iterationEnded(let iteration):
            iterations = iteration
            running = nil
        case .taskCreated(let task, let name, let coroutine):
            tasks.append(EventLoopTaskRow(id: task, name: name, coroutine: coroutine))
        case .taskStep(let task, _, _):
            if let index = taskIndex(task) {
                tasks[index].status = .running
                tasks[index].steps += 1
            }
        case .taskAwaits(let task, let future, let what):
            if let index = taskIndex(task) { tasks[index].status = future == nil ? .yielded : .awaiting(what) }
        case .taskDone(let task, _, let outcome):
            if let index = taskIndex(task) { tasks[index].status = .done(outcome) }
        case .socketOpened(let fd, let role, let label):
            sockets.append(EventLoopSocketRow(fd: fd, role: role, label: label))
        case .socketSent(let fd, let bytes):
            if let index = openSocket(fd) { sockets[index].sent += bytes }
        case .socketReceived(let fd, let bytes):
            if let index = openSocket(fd) { sockets[index].received += bytes }
        case .socketClosed(let fd):
            if let index = openSocket(fd) { sockets[index].isClosed = true }
        case .socketFailed(let fd, _, let error):
            if let index = openSocket(fd) { sockets[index].error = error }
            lastError = error
        case .socketConnected(let fd, let error):
            if let error, let index = openSocket(fd) { sockets[index].error = error }
        default:
            break
        }
    }

    private func taskIndex(_ id: Int) -> Int? { tasks.firstIndex { $0.id == id } }

    /// The open socket with this descriptor (numbers are reused after a close).
    private func openSocket(_ fd: Int32) -> Int? { sockets.lastIndex { $0.fd == fd && !$0.isClosed } }

    /// The open sockets, in the order they opened.
    public var openSockets: [EventLoopSocketRow] { sockets.filter { !$0.isClosed } }

    /// What callback `id` is called, from the ready queue or the heap.
    public func callbackName(_ id: Int) -> String? {
        replay.ready.first { $0.id == id }?.name ?? replay.timers.unordered.first { $0.id == id }?.name
    }
}
