import StepvizCore
import Synchronization

/// Runs a ``SchedulerScene`` on the real ``TaskScheduler`` or
/// ``ActorScheduler`` and keeps its steps framed per operation (see
/// ``SchedulerStepEvent`` for the operations), `state` after each.
///
/// ``run()`` is synchronous: the coroutines run on a
/// ``SerialThreadExecutor`` of their own while the caller's thread waits,
/// so it is safe from the command line and from tests alike.
///
///     let session = SchedulerSession(scene: try SchedulerScene(kind: .tasks, ops: "countdown 2; countup 2"))
///     session.run()
///     session.operationLabels    // ["countdown 2", "countup 2", "step", "step", ...]
///
/// - Complexity: O(events) memory; O(1) per step besides the coroutines.
public final class SchedulerSession: SceneSession {
    public static let panel = "scheduler"
    /// The most steps a run takes before it quits (an actor that keeps
    /// sending, e.g. `send counter 1000000`, would otherwise run on).
    public static let maxSteps = 10_000

    public let scene: SchedulerScene
    /// Every step, `seq` counting from 0 (empty until ``run()``).
    public private(set) var steps = History<Step<SchedulerStepEvent>>()
    /// One label per operation: spawns and sends as typed, then "step"s and
    /// a final "quit" when coroutines had to be cancelled.
    public private(set) var operationLabels: [String] = []
    /// How the scheduler's run ended (nil until ``run()``).
    public private(set) var end: SchedulerRunEnd?

    public init(scene: SchedulerScene) { self.scene = scene }

    /// Runs the scene to the end once (later calls do nothing).
    public func run() {
        guard end == nil else { return }
        let scene = self.scene
        let recording = SerialThreadExecutor.runBlocking { executor in
            await Self.record(scene, on: executor)
        }
        steps = recording.log.steps
        operationLabels = recording.labels
        end = recording.end
    }

    private struct Recording: Sendable {
        let kind: SchedulerScene.Kind
        var log = StepLog<SchedulerStepEvent>()
        var labels: [String] = []
        var end: SchedulerRunEnd = .completed

        mutating func begin(_ label: String) {
            labels.append(label)
            append(.begin(label))
            // The run's first operation says which scene it is: where a
            // model of several runs in a row starts afresh.
            if labels.count == 1 { append(.scene(kind)) }
        }

        mutating func finish(_ events: [SchedulerEvent], _ state: SchedulerState) {
            for event in events { append(.scheduler(event)) }
            append(.state(state))
        }

        private mutating func append(_ event: SchedulerStepEvent) {
            log.record(event, op: labels.count - 1)
        }
    }

    private static func record(_ scene: SchedulerScene, on executor: SerialThreadExecutor) async -> Recording {
        let log = Mutex<[SchedulerEvent]>([])
        let observer: @Sendable (SchedulerEvent) -> Void = { event in log.withLock { $0.append(event) } }
        let drain: @Sendable () -> [SchedulerEvent] = { log.withLock { events in defer { events.removeAll() }; return events } }
        var recording = Recording(kind: scene.kind)

        switch scene.kind {
        case .tasks:
            let scheduler = TaskScheduler(executor: executor, observer: observer)
            let state = { SchedulerState(queue: scheduler.queue, alive: scheduler.alive) }
            for operation in scene.operations {
                recording.begin(operation.description)
                switch operation {
                case .countdown(let n): scheduler.spawn(operation.description, CoroutineDemos.countdown(n))
                case .countup(let n): scheduler.spawn(operation.description, CoroutineDemos.countup(n))
                case .send: preconditionFailure("SchedulerScene admits no send in the tasks scene")
                }
                recording.finish(drain(), state())
            }
            while !scheduler.queue.isEmpty && scheduler.steps < maxSteps {
                recording.begin("step")
                let stepEnd = await scheduler.step()
                recording.finish(drain(), state())
                if case .failed(let task, let message)? = stepEnd {
                    recording.end = .failed(task: task, message: message)
                    break
                }
            }
            if !scheduler.alive.isEmpty {
                recording.begin("quit")
                await scheduler.cancelAll()
                recording.finish(drain(), state())
                if recording.end == .completed { recording.end = .quit }
            }

        case .actors:
            let actors = ActorScheduler(executor: executor, observer: observer)
            let state = { SchedulerState(alive: actors.alive, messages: actors.messages) }
            for name in SchedulerScene.actorNames {
                recording.begin("spawn \(name)")
                actors.spawn(name, name == "printer" ? CoroutineDemos.printer : CoroutineDemos.counter)
                recording.finish(drain(), state())
            }
            for operation in scene.operations {
                guard case .send(let actor, let message) = operation else {
                    preconditionFailure("SchedulerScene admits only sends in the actors scene")
                }
                recording.begin(operation.description)
                actors.send(actor, message)
                recording.finish(drain(), state())
            }
            while !actors.messages.isEmpty && actors.steps < maxSteps {
                recording.begin("step")
                let stepEnd = await actors.step()
                recording.finish(drain(), state())
                if case .failed(let task, let message)? = stepEnd {
                    recording.end = .failed(task: task, message: message)
                    break
                }
            }
            if !actors.alive.isEmpty {
                // The printer waits for messages forever: cancel it.
                recording.begin("quit")
                let pending = !actors.messages.isEmpty
                await actors.cancelAll()
                recording.finish(drain(), state())
                if pending && recording.end == .completed { recording.end = .quit }
            }
        }
        return recording
    }
}
