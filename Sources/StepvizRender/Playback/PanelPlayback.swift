import StepvizEvents

/// One panel's playback: the timeline of the real library's steps, the
/// player moving through it and the model at the player's position. What
/// the panel shows is a function of this value; everything that changes
/// it is a message or a prompt line.
///
///     var playback = PanelPlayback<OperationStepSource<HeapSession, HeapDemoScript>, HeapPanel>(
///         seed: 1, speed: 3, paused: true) { OperationStepSource(setup: NoSetup(), demoSeed: $0) }
///     playback.send(.stepForward)
///     playback.model.lastStep    // the first step of the demo
///
/// - Complexity: a step costs at most the timeline's snapshot interval in
///   model updates.
public struct PanelPlayback<Source: StepSource, View: PanelView>: PanelPlaying
where View.Model.Event == Source.Event, View.Model.Setup == Source.Setup {
    public private(set) var timeline: Timeline<Source, View.Model>
    public private(set) var player: Player
    public private(set) var seed: UInt64
    /// The model at the player's position, kept current by every update.
    public private(set) var model: View.Model
    public let historyLimit: Int?
    private let makeSource: (UInt64) -> Source
    public private(set) var handSchedule: HandSchedule?

    /// - Parameters:
    ///   - seed: the demo's seed.
    ///   - history: the most steps kept (nil keeps all): an endless demo
    ///     left running for days then stays in flat memory.
    ///   - makeSource: builds the step source for a seed (runs the library).
    public init(seed: UInt64, speed: Double, paused: Bool, history: Int? = nil,
                makeSource: @escaping (UInt64) -> Source) {
        self.seed = seed
        historyLimit = history.map { Swift.max(1, $0) }
        self.makeSource = makeSource
        timeline = Timeline(source: makeSource(seed))
        player = Player(speed: speed, playing: !paused)
        model = timeline.model(at: 0)
        runDemoAhead()
    }

    public var name: String { View.name }
    public var minimumSize: (width: Int, height: Int) { View.minimumSize }
    public var stepCount: Int { timeline.count }
    public var firstKeptPosition: Int { timeline.firstPosition }
    public var firstKeptOperation: Int { timeline.steps.first?.op ?? timeline.source.operationCount }
    public var operationCount: Int { timeline.source.operationCount }
    public func operationLabel(_ op: Int) -> String { timeline.source.operationLabel(op) }
    public var isOpenEnded: Bool { timeline.source.isOpenEnded }

    public var currentOperation: Int? {
        guard player.position > timeline.firstPosition else { return nil }
        return timeline.steps[player.position - 1].op
    }

    public var nextOperation: Int? {
        guard player.position < timeline.count else { return nil }
        return timeline.steps[player.position].op
    }

    public mutating func send(_ message: PlayerMessage) {
        let before = player.position
        // A tick can cover several steps (a fast speed, a slow frame): the
        // demo runs far enough ahead that the player never reaches its end.
        var ahead = 1
        if case .tick(let milliseconds) = message { ahead += milliseconds / player.stepPeriod + 1 }
        runDemoAhead(by: ahead)
        player.update(message, stepCount: timeline.count)
        if player.position < timeline.firstPosition {
            // Stepping back stops at the oldest step kept.
            player.update(.seek(timeline.firstPosition), stepCount: timeline.count)
        }
        runDemoAhead()
        forgetBeyondHistory()
        if player.position != before {
            model = timeline.model(at: player.position)
            refreshHandSchedule()
        }
    }

    /// Drops the oldest whole operations once the steps kept exceed the
    /// limit by an eighth (so forgetting is amortized), never past the
    /// cursor.
    private mutating func forgetBeyondHistory() {
        guard let limit = historyLimit, timeline.count - timeline.firstPosition > limit + limit / 8 else { return }
        timeline.forget(operationsBefore: Swift.min(timeline.count - limit, player.position))
    }

    public mutating func run(line: String) throws(OperationParseError) {
        if handSchedule != nil {
            // A new scene in "you schedule": it waits for the first pick.
            var source = timeline.source
            try source.run(line: line)
            try replaceSource(with: source, picking: [], stopsAtEnd: true, sceneOf: nil)
            return
        }
        let operationsBefore = timeline.source.operationCount
        try timeline.run(line: line)
        // Animate the new operation from its first step.
        if let start = timeline.firstPosition(ofOperation: operationsBefore) {
            send(.seek(start))
            send(.togglePlay)
        }
    }

    public mutating func restart(seed: UInt64) {
        self.seed = seed
        handSchedule = nil
        timeline = Timeline(source: makeSource(seed))
        player = Player(speed: player.speed, playing: player.isPlaying)
        model = timeline.model(at: 0)
        runDemoAhead()
    }

    public var panelModel: any PanelModel { model }

    public func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        View.render(model, animation: player.animationProgress, in: area, on: &canvas, glyphs: glyphs)
    }

    public func summary(glyphs: Glyphs) -> String { View.summary(model, glyphs: glyphs) }

    // MARK: You schedule

    public var runsThreads: Bool { View.runsThreads }
    public var canSchedule: Bool { timeline.source is any SchedulableSource }

    public mutating func setHandSchedule(_ on: Bool) throws(OperationParseError) {
        guard on != (handSchedule != nil) else { return }
        let picks = schedulable?.picks(through: currentOperation) ?? []
        try replaceSource(with: timeline.source, picking: picks, stopsAtEnd: on, sceneOf: currentOperation)
        if !on { handSchedule = nil }
    }

    public mutating func pick(_ id: Int) throws(OperationParseError) {
        guard handSchedule != nil, let source = schedulable else {
            throw OperationParseError("press s first: \(name) is not in \"you schedule\"")
        }
        // A pick while the last one still animates follows it, not the cursor.
        if player.isPlaying { send(.last) }
        let op = currentOperation
        let picks = source.picks(through: op) + [id]
        // The new step starts where the cursor's operation ends.
        let start = op.flatMap { timeline.firstPosition(ofOperation: $0 + 1) } ?? (op == nil ? player.position : timeline.count)
        try replaceSource(with: timeline.source, picking: picks, stopsAtEnd: true, sceneOf: op)
        // The key shows its first step at once; the rest of the turn plays.
        send(.seek(start))
        send(.stepForward)
        send(.setPlaying(true))
    }

    private var schedulable: (any SchedulableSource)? { timeline.source as? any SchedulableSource }

    /// Runs the scene of `op` in `source` again under `picks`, and puts the
    /// cursor where the picks end (the same steps: the runs are
    /// deterministic, so the picks' prefix is the same in every run). With
    /// the mode on, the run stops there; off, the seed goes on from there.
    private mutating func replaceSource(with source: Source, picking picks: [Int], stopsAtEnd: Bool, sceneOf op: Int?) throws(OperationParseError) {
        guard let schedulable = source as? any SchedulableSource else {
            throw OperationParseError("\(name) has no threads to schedule (s works in the locks and scheduler panels)")
        }
        func rebuilt(stoppingAtEnd: Bool) throws(OperationParseError) -> Source {
            guard let source = try schedulable.scheduled(picks, sceneOf: op, stopsAtEnd: stoppingAtEnd) as? Source else {
                preconditionFailure("a schedulable source rebuilt itself as another type")
            }
            return source
        }
        let stopped = try rebuilt(stoppingAtEnd: true)
        let end = stopped.steps.endIndex
        timeline = Timeline(source: stopsAtEnd ? stopped : try rebuilt(stoppingAtEnd: false))
        player = Player(speed: player.speed, playing: false)
        player.update(.seek(end), stepCount: timeline.count)
        model = timeline.model(at: player.position)
        if stopsAtEnd { handSchedule = HandSchedule(picks: picks, sceneArguments: (stopped as? any SchedulableSource)?.sceneArguments ?? []) }
        refreshHandSchedule()
    }

    /// The mode's view of the cursor: the picks through its operation, the
    /// choice there (from the run's stop at the end, or by running the
    /// scene to the cursor when stepped back), the challenge's standing.
    private mutating func refreshHandSchedule() {
        guard var hand = handSchedule, let source = schedulable else { return }
        let op = currentOperation
        let picks = source.picks(through: op)
        let atEnd = player.position >= timeline.count
        if picks != hand.picks || hand.choices == nil || atEnd {
            hand.picks = picks
            hand.choices = atEnd ? source.scheduleStop : (try? source.scheduled(picks, sceneOf: op, stopsAtEnd: true))?.scheduleStop
        }
        hand.challenge = source.challenge
        hand.outcome = atEnd ? source.challengeOutcome : nil
        handSchedule = hand
    }

    /// Keeps an endless demo more than `steps` steps ahead of the player, so
    /// it never reaches the end.
    private mutating func runDemoAhead(by steps: Int = 1) {
        while timeline.count <= player.position + steps, timeline.runNextDemoOperation() {}
    }
}
