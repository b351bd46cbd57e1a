import StepvizCore

/// Runs a ``ThreadingPanelScene`` on real threads in a
/// ``GatedThreadingRun`` and keeps its steps framed per operation:
/// operation 0 is the setup (`begin`, `scene`, `state`), then one operation
/// per turn of the step gate (`begin` naming the thread, that action's
/// events, `state`). The same seed gives the same steps, and so does the
/// same `--schedule`, byte for byte.
///
///     let session = ThreadingSession(scene: try ThreadingPanelScene(options: .init(seed: 3).with(\.scene, "lost-wakeup")))
///     session.run()
///     session.finalState?.stuck    // the stuck report, when the notify went to nobody
///
/// - Complexity: O(events) memory; O(*n* + *l* + *c*) per turn.
public final class ThreadingSession: SceneSession {
    public static let panel = "threading"

    public let scene: ThreadingPanelScene
    /// Every step, `seq` counting from 0 (empty until ``run()``).
    public var steps: History<Step<ThreadingStepEvent>> { log.steps }
    private var log = StepLog<ThreadingStepEvent>()
    /// One label per operation: the setup, then "thread N" per turn.
    public private(set) var operationLabels: [String] = []
    /// The library's state at the run's end (or where it stopped or stuck).
    public private(set) var finalState: ThreadingSnapshot?
    /// Where the schedule stopped the run (with `--schedule-only`); nil
    /// when the run went to its end.
    public private(set) var scheduleStop: ScheduleStop?
    /// The thread of each operation's turn (nil for the setup).
    public private(set) var turns: [Int?] = []
    /// What the library did against the scene's challenge.
    public private(set) var challengeOutcome: ChallengeOutcome?

    public init(scene: ThreadingPanelScene) { self.scene = scene }

    /// Runs the scene once (later calls do nothing).
    public func run() {
        guard finalState == nil else { return }
        let recording = GatedRunRecording<ThreadingEvent, ThreadingSnapshot>()
        let (run, body) = scene.scene.makeRun(
            seed: scene.seed, schedule: scene.schedule, observer: recording.observeEvent, snapshotObserver: recording.observeSnapshot)
        let initial = run.snapshot
        finalState = run.run(body)
        scheduleStop = run.scheduleStop

        let core = scene.scene
        let header = ThreadingSceneHeader(
            scene: core.kind.rawValue, threads: core.threads, maxsize: core.maxsize, fixed: core.fixed, plainLock: core.plainLock,
            initial: initial)
        var lastPop: Int?
        recording.frame(
            label: scene.label, setup: [.begin(scene.label, thread: nil), .scene(header), .state(initial)], into: &log,
            labels: &operationLabels, turns: &turns,
            turnOf: { if case .turn(let thread) = $0 { thread } else { nil } },
            begin: { .begin($0, thread: $1) },
            event: { event in
                if case .poppedLeft(let thread, _, _, _) = event { lastPop = thread }
                if challengeOutcome == nil { challengeOutcome = outcome(of: event, lastPop: lastPop) }
                return .threading(event)
            },
            state: { .state($0) })
        if challengeOutcome == nil, scheduleStop == nil, let end = finalState {
            challengeOutcome = .ended(
                end.aborted.isEmpty
                    ? "every thread finished: nothing went wrong"
                    : "every thread ended; thread\(end.aborted.count == 1 ? "" : "s") \(end.aborted.map(String.init).joined(separator: ", ")) aborted"
            )
        }
    }

    /// The library's detection that decides the challenge.
    private func outcome(of event: ThreadingEvent, lastPop: Int?) -> ChallengeOutcome? {
        switch event {
        case .raised(let thread, let error):
            let taker = lastPop.map { ", T\($0) took the item" } ?? ""
            return .reached("T\(thread) woke to an empty deque: \(error)\(taker)")
        case .stuck(let report):
            return .reached("stuck: \(report.first ?? "every thread waits")")
        case .deadlock(let cycle, _, let victim):
            if cycle.count == 1 { return .reached("T\(victim) waits for itself: a deadlock cycle of one") }
            return .reached("deadlock " + (cycle + cycle.prefix(1)).map { "T\($0)" }.joined(separator: " → "))
        case .conditionWait(1, "q.not_full", _, _, _) where scene.scene.kind == .producerConsumer:
            return .reached("the producer waits on not_full: the queue holds maxsize \(scene.scene.maxsize)")
        default:
            return nil
        }
    }
}
