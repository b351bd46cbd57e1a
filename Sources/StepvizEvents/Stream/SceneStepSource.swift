import StepvizCore

/// The step source of the scene-driven panels (locks, scheduler): one or
/// more runs of real threads or coroutines, one after the other. The demo
/// plays scene after scene; a prompt line starts a new run with the scene
/// it asks for. Each run's steps are renumbered to follow the previous
/// ones (`seq` and `op` continue), and each begins with its `scene` event.
///
/// A plain value: a run's session is run to its end and only its steps are
/// kept, so copies share nothing.
///
///     var source = SceneStepSource<LocksSession>(scene: try LocksScene(options: .init(scene: "naive")))
///     try source.run(line: "scene philosophers; ordered")
///
/// - Complexity: a run costs the scene's own threads or coroutines plus
///   O(1) per step.
public struct SceneStepSource<Session: SceneSession>: StepSource {
    public private(set) var steps = History<Step<Session.Event>>()
    private var labels = History<String>()
    /// The scene of the last run.
    public private(set) var scene: Session.Scene
    /// What a schedule needs of each run kept, oldest first.
    private var runs: [Run] = []

    private struct Run {
        let scene: Session.Scene
        /// Its first operation (numbered across runs).
        let firstOp: Int
        /// The thread or coroutine of each of its operations' turns.
        let turns: [Int?]
        let stop: ScheduleStop?
        let outcome: ChallengeOutcome?
    }
    private var demo: (seed: UInt64, next: Int, left: Int?)?

    /// Runs `scene` once; no demo follows.
    public init(scene: Session.Scene) {
        self.scene = scene
        append(scene)
    }

    /// The seeded demo: its first `limit` scenes, all run now so the total
    /// is known; or, with no limit, endless, run as the player needs.
    public init(demoSeed seed: UInt64, limit: Int? = nil) {
        scene = Session.Scene.demo(0, seed: seed)
        demo = (seed, 0, limit)
        while limit != nil, runNextDemoOperation() {}
    }

    public var setup: NoSetup { NoSetup() }
    public var operationCount: Int { labels.endIndex }
    public func operationLabel(_ op: Int) -> String { labels[op] }
    public var isOpenEnded: Bool { demo != nil && demo?.left == nil }

    public mutating func runNextDemoOperation() -> Bool {
        guard let current = demo, current.left.map({ $0 > 0 }) ?? true else { return false }
        demo = (current.seed, current.next + 1, current.left.map { $0 - 1 })
        append(Session.Scene.demo(current.next, seed: current.seed))
        return true
    }

    public mutating func run(line: String) throws(OperationParseError) {
        append(try scene.changed(by: line))
    }

    public mutating func forget(before position: Int) {
        steps.forget(before: position, operations: &labels)
        // A run whose operations are all forgotten cannot be scheduled again.
        let firstKept = steps.first?.op ?? labels.endIndex
        while runs.count > 1, runs[1].firstOp <= firstKept { runs.removeFirst() }
    }

    private mutating func append(_ scene: Session.Scene) {
        self.scene = scene
        let session = Session(scene: scene)
        session.run()
        let seqBase = steps.endIndex
        let opBase = labels.endIndex
        for step in session.steps {
            steps.append(Step(seq: seqBase + step.seq, op: opBase + step.op, event: step.event))
        }
        labels.append(contentsOf: session.operationLabels)
        runs.append(
            Run(
                scene: scene, firstOp: opBase, turns: session.turns,
                stop: session.scheduleStop, outcome: session.challengeOutcome))
    }

    /// The run operation `op` belongs to (the last when nil).
    private func run(of op: Int?) -> Run? {
        guard let op else { return runs.last }
        return runs.last { $0.firstOp <= op }
    }
}

extension SceneStepSource: SchedulableSource {
    public func picks(through op: Int?) -> [Int] {
        guard let op, let run = run(of: op) else { return [] }
        return run.turns.prefix(op - run.firstOp + 1).compactMap { $0 }
    }

    public func scheduled(_ picks: [Int], sceneOf op: Int?, stopsAtEnd: Bool) throws(OperationParseError) -> Self {
        let scene = run(of: op)?.scene ?? self.scene
        return Self(scene: try scene.scheduled(TurnSchedule(threads: picks, stopsAtEnd: stopsAtEnd)))
    }

    public var scheduleStop: ScheduleStop? { runs.last?.stop }
    public var challenge: ScheduleChallenge? { runs.last?.scene.challenge }
    public var challengeOutcome: ChallengeOutcome? { runs.last?.outcome }
    public var sceneArguments: [String] { (runs.last?.scene ?? scene).sceneArguments }
}
