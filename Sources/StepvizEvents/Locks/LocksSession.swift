import StepvizCore

/// Runs a ``LocksScene`` on real threads in a ``GatedThreadRun`` and keeps
/// its steps framed per operation: operation 0 is the setup (`begin`,
/// `scene`, `state`), then one operation per turn of the step gate (`begin`
/// naming the thread, that action's events, `state`). The same seed gives
/// the same steps, and so does the same `--schedule` (the scene's
/// ``LocksScene/schedule``), byte for byte.
///
/// A run with `--schedule-only` ends where its schedule does, and
/// ``scheduleStop`` is the choice it stands before: which threads can take
/// the next step and why the others cannot (the "you schedule" mode asks
/// this, then runs the scene again with the schedule one step longer).
///
///     let session = LocksSession(scene: try LocksScene(options: .init(scene: "naive", seed: 3)))
///     session.run()
///     session.finalState?.finished    // the threads that completed
///
/// - Complexity: O(events) memory; O(*n*) per turn for *n* threads.
public final class LocksSession: SceneSession {
    public static let panel = "locks"

    public let scene: LocksScene
    /// Every step, `seq` counting from 0 (empty until ``run()``).
    public var steps: History<Step<LocksStepEvent>> { log.steps }
    private var log = StepLog<LocksStepEvent>()
    /// One label per operation: the setup, then "thread N" per turn.
    public private(set) var operationLabels: [String] = []
    /// The library's state after the last turn.
    public private(set) var finalState: LockRunSnapshot?
    /// Where the schedule stopped the run (with `--schedule-only`): every
    /// thread's standing at the step not taken. Nil when the run went to
    /// its end.
    public private(set) var scheduleStop: ScheduleStop?
    /// The thread of each operation's turn (nil for the setup).
    public private(set) var turns: [Int?] = []
    /// What the library detected against the scene's challenge.
    public private(set) var challengeOutcome: ChallengeOutcome?

    public init(scene: LocksScene) { self.scene = scene }

    /// Runs the scene once (later calls do nothing).
    public func run() {
        guard finalState == nil else { return }
        let recording = GatedRunRecording<LockEvent, LockRunSnapshot>()
        let run = GatedThreadRun(
            seed: scene.seed, threads: scene.threads, locks: scene.locks, schedule: scene.schedule,
            observer: recording.observeEvent, snapshotObserver: recording.observeSnapshot)
        let initial = run.snapshot
        finalState = run.run(scene.body)
        scheduleStop = run.scheduleStop

        let setup: [LocksStepEvent] = [
            .begin(scene.label, thread: nil),
            .scene(name: scene.kind.rawValue, threads: scene.threads, ordered: scene.isOrdered, locks: initial.locks), .state(initial),
        ]
        recording.frame(
            label: scene.label, setup: setup, into: &log, labels: &operationLabels, turns: &turns,
            turnOf: { if case .turn(let thread) = $0 { thread } else { nil } },
            begin: { .begin($0, thread: $1) },
            event: { event in
                if challengeOutcome == nil { challengeOutcome = Self.outcome(of: event, in: scene) }
                return .lock(event)
            },
            state: { .state($0) })
        if challengeOutcome == nil, scheduleStop == nil, let end = finalState, scene.challenge != nil {
            challengeOutcome = .ended(
                end.aborted.isEmpty
                    ? "every thread finished: no deadlock, no violation"
                    : "every thread ended; thread\(end.aborted.count == 1 ? "" : "s") \(end.aborted.map(String.init).joined(separator: ", ")) aborted"
            )
        }
    }

    /// The library's detection that decides the challenge: a deadlock, or
    /// the lock-order check firing.
    private static func outcome(of event: LockEvent, in scene: LocksScene) -> ChallengeOutcome? {
        switch event {
        case .deadlock(let cycle, _, let victim):
            .reached("deadlock " + (cycle + cycle.prefix(1)).map { "T\($0)" }.joined(separator: " → ") + ", victim T\(victim)")
        case .violation(let thread, let lock, let held):
            .reached("lock-order check fired: T\(thread) asked for \(lock) holding \(held.joined(separator: ", "))")
        default:
            nil
        }
    }

}
