import StepvizCore
import Synchronization

/// Runs a ``SchedulerScene`` on the real ``TaskScheduler`` or
/// ``ActorScheduler`` and keeps its steps framed per operation (see
/// ``SchedulerStepEvent`` for the operations), `state` after each.
///
/// ``run()`` is synchronous: the coroutines run on the caller's thread,
/// each on a stack of its own, so it is safe from the command line and
/// from tests alike.
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
    /// The coroutine each operation's turn resumed (nil for spawns, sends,
    /// drops and the quit): the run's own schedule.
    public private(set) var turns: [Int?] = []
    /// Where the scene's schedule stopped the run: every coroutine's
    /// standing at the turn not taken. Nil when the run went to its end.
    public private(set) var scheduleStop: ScheduleStop?

    public init(scene: SchedulerScene) { self.scene = scene }

    /// Runs the scene to the end once (later calls do nothing).
    public func run() {
        guard end == nil else { return }
        let scene = self.scene
        let recording = Self.record(scene)
        steps = recording.log.steps
        operationLabels = recording.labels
        turns = recording.turns
        end = recording.end
        scheduleStop = recording.stop
    }

    private struct Recording: Sendable {
        let kind: SchedulerScene.Kind
        var log = StepLog<SchedulerStepEvent>()
        var labels: [String] = []
        var turns: [Int?] = []
        var end: SchedulerRunEnd = .completed
        var stop: ScheduleStop?

        mutating func begin(_ label: String) {
            labels.append(label)
            turns.append(nil)
            append(.begin(label))
            // The run's first operation says which scene it is: where a
            // model of several runs in a row starts afresh.
            if labels.count == 1 { append(.scene(kind)) }
        }

        mutating func finish(_ events: [SchedulerEvent], _ state: SchedulerState) {
            for event in events {
                if case .resume(let task, _) = event { turns[turns.count - 1] = task }
                append(.scheduler(event))
            }
            append(.state(state))
        }

        private mutating func append(_ event: SchedulerStepEvent) {
            log.record(event, op: labels.count - 1)
        }
    }

    private static func record(_ scene: SchedulerScene) -> Recording {
        let log = Mutex<[SchedulerEvent]>([])
        let observer: @Sendable (SchedulerEvent) -> Void = { event in log.withLock { $0.append(event) } }
        let drain: @Sendable () -> [SchedulerEvent] = {
            log.withLock { events in
                defer { events.removeAll() }
                return events
            }
        }
        var recording = Recording(kind: scene.kind)

        switch scene.kind {
        case .tasks:
            let scheduler = TaskScheduler(observer: observer)
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
            let spawned = scene.operations.count
            while !scheduler.queue.isEmpty && scheduler.steps < maxSteps {
                let choice = Self.choose(
                    turn: scheduler.steps, in: scene, ready: scheduler.ready,
                    alive: scheduler.alive, spawned: spawned, waiting: .finished)
                if case .stop(let stop) = choice {
                    recording.stop = stop
                    break
                }
                recording.begin("step")
                let stepEnd = if case .take(let id?) = choice { scheduler.step(resuming: id) } else { scheduler.step() }
                recording.finish(drain(), state())
                if case .failed(let task, let message)? = stepEnd {
                    recording.end = .failed(task: task, message: message)
                    break
                }
            }
            if recording.stop != nil {
                // Stopped where the schedule ends: the choice is the run's
                // last word, so the cleanup is not an operation.
                scheduler.cancelAll()
                _ = drain()
            } else if !scheduler.alive.isEmpty {
                recording.begin("quit")
                scheduler.cancelAll()
                recording.finish(drain(), state())
                if recording.end == .completed { recording.end = .quit }
            }

        case .actors:
            let actors = ActorScheduler(observer: observer)
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
            var turn = 0
            while !actors.messages.isEmpty && actors.steps < maxSteps {
                let choice = Self.choose(
                    turn: turn, in: scene, ready: actors.ready, alive: actors.alive,
                    spawned: SchedulerScene.actorNames.count, waiting: .waitsForMessage)
                if case .stop(let stop) = choice {
                    recording.stop = stop
                    break
                }
                recording.begin("step")
                let stepEnd = if case .take(let id?) = choice { actors.step(resuming: id) } else { actors.step() }
                recording.finish(drain(), state())
                if case .dropped = stepEnd {} else { turn += 1 }
                if case .failed(let task, let message)? = stepEnd {
                    recording.end = .failed(task: task, message: message)
                    break
                }
            }
            if recording.stop != nil {
                actors.cancelAll()
                _ = drain()
            } else if !actors.alive.isEmpty {
                // The printer waits for messages forever: cancel it.
                recording.begin("quit")
                let pending = !actors.messages.isEmpty
                actors.cancelAll()
                recording.finish(drain(), state())
                if pending && recording.end == .completed { recording.end = .quit }
            }
        }
        return recording
    }

    private enum Choice {
        /// Take the turn: this coroutine's, or (nil) the queue's first.
        case take(Int?)
        /// The schedule stops the run here.
        case stop(ScheduleStop)
    }

    /// Turn `turn` (from 0) under the scene's schedule: the coroutine it
    /// names when that one is ready, a stop naming why when it is not (or
    /// when a `--schedule-only` list ended), round robin after the list.
    /// A coroutine alive but not ready stands `waiting`.
    private static func choose(
        turn: Int, in scene: SchedulerScene, ready: [Int], alive: [Int],
        spawned: Int, waiting: ThreadStanding
    ) -> Choice {
        guard let schedule = scene.schedule else { return .take(nil) }
        func stop(refused: Int?) -> Choice {
            let standings = (1...max(spawned, 1)).map { id in
                ready.contains(id) ? ThreadStanding.canMove : alive.contains(id) ? waiting : .finished
            }
            return .stop(ScheduleStop(step: turn + 1, refused: refused, standings: standings, subject: .coroutines))
        }
        guard turn < schedule.threads.count else { return schedule.stopsAtEnd ? stop(refused: nil) : .take(nil) }
        let id = schedule.threads[turn]
        return ready.contains(id) ? .take(id) : stop(refused: id)
    }
}
