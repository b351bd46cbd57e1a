import StepvizEvents

/// One panel's playback: the timeline of the real library's steps, the
/// player moving through it and the model at the player's position. What
/// the panel shows is a function of this value; everything that changes
/// it is an action, answered with the library work it needs (never done
/// inside the update), and that work's result.
///
///     var playback = PanelPlayback<OperationStepSource<HeapSession, HeapDemoScript>, HeapPanel>(
///         seed: 1, speed: 3, paused: true) { OperationStepSource(setup: NoSetup(), demoSeed: $0) }
///     playback.send(.stepForward)     // runs the work inline, as a recording does
///     playback.model.lastStep         // the first step of the demo
///
/// One piece of work is in flight at a time. Meanwhile the player still
/// moves over the steps there are (holding at the end instead of stopping)
/// and every other action waits its turn, so a slow library never freezes
/// the screen and nothing typed is lost.
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
    /// How to schedule the source's runs by hand; nil when they cannot be.
    private let scheduling: _SourceScheduling<Source>?
    public private(set) var handSchedule: HandSchedule?
    /// The library work in flight: what to do when it comes back.
    private var pending: _PlaybackContinuation?
    /// Actions that arrived while work was in flight, in order.
    private var queued: [PlaybackAction] = []
    /// The source's demo ran out (it has no more operations to run ahead).
    private var demoRanOut = false
    /// The player moved while work was in flight: "you schedule" looks at
    /// the cursor again once it is back.
    private var refreshAfterWork = false

    /// - Parameters:
    ///   - seed: the demo's seed.
    ///   - history: the most steps kept (nil keeps all): an endless demo
    ///     left running for days then stays in flat memory.
    ///   - makeSource: builds the step source for a seed (runs the library,
    ///     here, before the first frame).
    public init(
        seed: UInt64, speed: Double, paused: Bool, history: Int? = nil,
        makeSource: @escaping (UInt64) -> Source
    ) {
        self.init(seed: seed, speed: speed, paused: paused, history: history, scheduling: nil, makeSource: makeSource)
    }

    init(
        seed: UInt64, speed: Double, paused: Bool, history: Int?, scheduling: _SourceScheduling<Source>?,
        makeSource: @escaping (UInt64) -> Source
    ) {
        self.seed = seed
        historyLimit = history.map { Swift.max(1, $0) }
        self.makeSource = makeSource
        self.scheduling = scheduling
        let source = Self.ranAhead(makeSource(seed), to: 1)
        demoRanOut = source.steps.endIndex <= 1
        timeline = Timeline(source: source)
        player = Player(speed: speed, playing: !paused, position: source.openingPosition)
        model = timeline.model(at: player.position)
    }

    public var name: String { View.name }
    public var minimumSize: (width: Int, height: Int) { View.minimumSize }
    public var stepCount: Int { timeline.count }
    public var firstKeptPosition: Int { timeline.firstPosition }
    public var firstKeptOperation: Int { timeline.steps.first?.op ?? timeline.source.operationCount }
    public var operationCount: Int { timeline.source.operationCount }
    public func operationLabel(_ op: Int) -> String { timeline.source.operationLabel(op) }
    public var isOpenEnded: Bool { timeline.source.isOpenEnded }
    public var isWorking: Bool { pending != nil }

    public var currentOperation: Int? {
        guard player.position > timeline.firstPosition else { return nil }
        return timeline.steps[player.position - 1].op
    }

    public var nextOperation: Int? {
        guard player.position < timeline.count else { return nil }
        return timeline.steps[player.position].op
    }

    public func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        View.render(model, animation: player.animationProgress, in: area, on: &canvas, glyphs: glyphs)
    }

    public func summary(glyphs: Glyphs) -> String { View.summary(model, glyphs: glyphs) }

    public var runsThreads: Bool { View.runsThreads }
    public var canSchedule: Bool { scheduling != nil }

    // MARK: actions

    public mutating func handle(_ action: PlaybackAction) -> PlaybackReply {
        if pending != nil {
            if case .player(let message) = action {
                moveWhileWorking(message)
            } else {
                queued.append(action)
            }
            return PlaybackReply()
        }
        switch action {
        case .player(let message): return PlaybackReply(work: take(message))
        case .line(let line): return PlaybackReply(work: runWork(line: line))
        case .restart(let seed): return PlaybackReply(work: restartWork(seed: seed))
        case .handSchedule(let on): return handScheduleWork(on)
        case .pick(let id): return pickWork(id)
        }
    }

    public mutating func finish(_ work: FinishedWork) -> PlaybackReply {
        guard let continuation = pending, let output = work.result as? _PlaybackWorkOutput<Source> else {
            return PlaybackReply()
        }
        pending = nil
        var reply = PlaybackReply()
        switch (continuation, output) {
        case (_, .failed(let error)):
            reply.error = error
        case (.message(let message, let before), .source(let source, let ranOut)):
            timeline.adopt(source)
            demoRanOut = ranOut
            reply.work = apply(message, before: before)
        case (.settle(let before), .source(let source, let ranOut)):
            timeline.adopt(source)
            demoRanOut = ranOut
            reply.work = settle(before: before)
        case (.line(let operationsBefore), .source(let source, _)):
            timeline.adopt(source)
            // Animate the new operation from its first step.
            if let start = timeline.firstPosition(ofOperation: operationsBefore) {
                queued.insert(contentsOf: [.player(.seek(start)), .player(.togglePlay)], at: 0)
            }
        case (.restart(let seed), .restarted(let source)):
            self.seed = seed
            handSchedule = nil
            demoRanOut = source.steps.endIndex <= 1
            timeline = Timeline(source: source)
            player = Player(speed: player.speed, playing: player.isPlaying, position: source.openingPosition)
            model = timeline.model(at: player.position)
        case (.reschedule(let picks, let stopsAtEnd, let turningOff, let pickStart), .rescheduled(let stopped, let continued)):
            reply.work = adoptSchedule(
                picks: picks, stopped: stopped, continued: continued, stopsAtEnd: stopsAtEnd,
                turningOff: turningOff)
            if let pickStart {
                // The pick shows its first step at once; the rest of the turn plays.
                queued.insert(contentsOf: [.player(.seek(pickStart)), .player(.stepForward), .player(.setPlaying(true))], at: 0)
            }
        case (.choices, .choices(let stop)):
            handSchedule?.choices = stop
        default:
            preconditionFailure("library work came back as \(output) for \(continuation)")
        }
        guard reply.work == nil else { return reply }
        let next = drainQueue()
        return PlaybackReply(work: next.work, error: reply.error ?? next.error)
    }

    /// Handles the actions that waited, until one needs the library.
    private mutating func drainQueue() -> PlaybackReply {
        var error: OperationParseError?
        while pending == nil, !queued.isEmpty {
            let reply = handle(queued.removeFirst())
            error = error ?? reply.error
            if reply.work != nil { return PlaybackReply(work: reply.work, error: error) }
        }
        if pending == nil, refreshAfterWork {
            refreshAfterWork = false
            return PlaybackReply(work: refreshHandSchedule(), error: error)
        }
        return PlaybackReply(error: error)
    }

    /// Starts `body` as the work in flight; `then` is the rest of the action.
    private mutating func begin(_ then: _PlaybackContinuation, _ body: @escaping () -> _PlaybackWorkOutput<Source>) -> LibraryWork {
        pending = then
        return LibraryWork { body() }
    }

    // MARK: the player

    private mutating func take(_ message: PlayerMessage) -> LibraryWork? {
        let before = player.position
        // A tick can cover several steps (a fast speed, a slow frame): the
        // demo runs far enough ahead that the player never reaches its end.
        var ahead = 1
        if case .tick(let milliseconds) = message { ahead += milliseconds / player.stepPeriod + 1 }
        if let work = runDemoAhead(by: ahead, then: .message(message, before: before)) { return work }
        return apply(message, before: before)
    }

    private mutating func apply(_ message: PlayerMessage, before: Int) -> LibraryWork? {
        player.update(message, stepCount: timeline.count)
        if player.position < timeline.firstPosition {
            // Stepping back stops at the oldest step kept.
            player.update(.seek(timeline.firstPosition), stepCount: timeline.count)
        }
        if let work = runDemoAhead(by: 1, then: .settle(before: before)) { return work }
        return settle(before: before)
    }

    private mutating func settle(before: Int) -> LibraryWork? {
        forgetBeyondHistory()
        guard player.position != before else { return nil }
        model = timeline.model(at: player.position)
        return refreshHandSchedule()
    }

    /// A player message while work is in flight: the player moves over the
    /// steps there are, and waits at the end for the ones on their way.
    private mutating func moveWhileWorking(_ message: PlayerMessage) {
        let before = player.position
        player.update(message, stepCount: timeline.count, moreComing: true)
        if player.position < timeline.firstPosition {
            player.update(.seek(timeline.firstPosition), stepCount: timeline.count)
        }
        guard player.position != before else { return }
        model = timeline.model(at: player.position)
        refreshAfterWork = handSchedule != nil
    }

    /// Work that keeps an endless demo more than `steps` steps ahead of the
    /// player, so it never reaches the end; nil when it already is (or the
    /// demo has nothing more to run).
    private mutating func runDemoAhead(by steps: Int, then: _PlaybackContinuation) -> LibraryWork? {
        let target = player.position + steps
        guard timeline.count <= target, !demoRanOut else { return nil }
        let source = timeline.source
        return begin(then) {
            let ahead = Self.ranAhead(source, to: target)
            return .source(ahead, ranOut: ahead.steps.endIndex <= target)
        }
    }

    private static func ranAhead(_ source: Source, to target: Int) -> Source {
        var source = source
        while source.steps.endIndex <= target, source.runNextDemoOperation() {}
        return source
    }

    /// Drops the oldest whole operations once the steps kept exceed the
    /// limit by an eighth (so forgetting is amortized), never past the
    /// cursor.
    private mutating func forgetBeyondHistory() {
        guard let limit = historyLimit, timeline.count - timeline.firstPosition > limit + limit / 8 else { return }
        timeline.forget(operationsBefore: Swift.min(timeline.count - limit, player.position))
    }

    // MARK: the prompt and restarts

    private mutating func runWork(line: String) -> LibraryWork {
        let source = timeline.source
        if let scheduling, handSchedule != nil {
            // A new scene in "you schedule": it waits for the first pick.
            return begin(.reschedule(picks: [], stopsAtEnd: true, turningOff: false, pickStart: nil)) {
                var source = source
                do throws(OperationParseError) {
                    try source.run(line: line)
                    return .rescheduled(stopped: try scheduling.scheduled(source, [], nil, true), continued: nil)
                } catch {
                    return .failed(error)
                }
            }
        }
        return begin(.line(operationsBefore: source.operationCount)) {
            var source = source
            do throws(OperationParseError) {
                try source.run(line: line)
                return .source(source, ranOut: false)
            } catch {
                return .failed(error)
            }
        }
    }

    private mutating func restartWork(seed: UInt64) -> LibraryWork {
        let makeSource = makeSource
        return begin(.restart(seed: seed)) { .restarted(Self.ranAhead(makeSource(seed), to: 1)) }
    }

    // MARK: You schedule

    private mutating func handScheduleWork(_ on: Bool) -> PlaybackReply {
        guard on != (handSchedule != nil) else { return PlaybackReply() }
        guard let scheduling else { return PlaybackReply(error: cannotSchedule) }
        let op = currentOperation
        let picks = scheduling.picks(timeline.source, op)
        return PlaybackReply(work: reschedule(picks: picks, sceneOf: op, stopsAtEnd: on, turningOff: !on, pickStart: nil))
    }

    private mutating func pickWork(_ id: Int) -> PlaybackReply {
        guard handSchedule != nil, let scheduling else {
            return PlaybackReply(error: OperationParseError("press s first: \(name) is not in \"you schedule\""))
        }
        // A pick while the last one still animates follows it, not the cursor.
        if player.isPlaying, let work = take(.last) {
            queued.insert(.pick(id), at: 0)
            return PlaybackReply(work: work)
        }
        let op = currentOperation
        let picks = scheduling.picks(timeline.source, op) + [id]
        // The new step starts where the cursor's operation ends.
        let start = op.flatMap { timeline.firstPosition(ofOperation: $0 + 1) } ?? (op == nil ? player.position : timeline.count)
        return PlaybackReply(work: reschedule(picks: picks, sceneOf: op, stopsAtEnd: true, turningOff: false, pickStart: start))
    }

    private var cannotSchedule: OperationParseError {
        OperationParseError("\(name) has no threads to schedule (s works in the locks and scheduler panels)")
    }

    /// Work running the scene of `op` again under `picks`: stopping where
    /// they end, and, with the mode going off, the seed going on from there.
    private mutating func reschedule(
        picks: [Int], sceneOf op: Int?, stopsAtEnd: Bool, turningOff: Bool,
        pickStart: Int?
    ) -> LibraryWork? {
        guard let scheduling else { return nil }
        let source = timeline.source
        return begin(.reschedule(picks: picks, stopsAtEnd: stopsAtEnd, turningOff: turningOff, pickStart: pickStart)) {
            do throws(OperationParseError) {
                let stopped = try scheduling.scheduled(source, picks, op, true)
                return .rescheduled(stopped: stopped, continued: stopsAtEnd ? nil : try scheduling.scheduled(source, picks, op, false))
            } catch {
                return .failed(error)
            }
        }
    }

    /// Puts the cursor where the picks end (the same steps: the runs are
    /// deterministic, so the picks' prefix is the same in every run). With
    /// the mode on, the run stops there; off, the seed goes on from there.
    private mutating func adoptSchedule(
        picks: [Int], stopped: Source, continued: Source?, stopsAtEnd: Bool,
        turningOff: Bool
    ) -> LibraryWork? {
        let end = stopped.steps.endIndex
        timeline = Timeline(source: continued ?? stopped)
        demoRanOut = false
        player = Player(speed: player.speed, playing: false)
        player.update(.seek(end), stepCount: timeline.count)
        model = timeline.model(at: player.position)
        if turningOff {
            handSchedule = nil
            return nil
        }
        if stopsAtEnd, let scheduling {
            handSchedule = HandSchedule(picks: picks, sceneArguments: scheduling.sceneArguments(stopped))
        }
        return refreshHandSchedule()
    }

    /// The mode's view of the cursor: the picks through its operation, the
    /// choice there (from the run's stop at the end, or, as work, by
    /// running the scene to the cursor when stepped back), the challenge's
    /// standing.
    private mutating func refreshHandSchedule() -> LibraryWork? {
        guard var hand = handSchedule, let scheduling else { return nil }
        let source = timeline.source
        let op = currentOperation
        let picks = scheduling.picks(source, op)
        let atEnd = player.position >= timeline.count
        let needsChoices = picks != hand.picks || hand.choices == nil || atEnd
        if needsChoices {
            hand.picks = picks
            if atEnd { hand.choices = scheduling.stop(source) }
        }
        hand.challenge = scheduling.challenge(source)
        hand.outcome = atEnd ? scheduling.outcome(source) : nil
        handSchedule = hand
        guard needsChoices, !atEnd else { return nil }
        return begin(.choices) {
            .choices((try? scheduling.scheduled(source, picks, op, true)).flatMap(scheduling.stop))
        }
    }
}

extension PanelPlayback where Source: SchedulableSource {
    /// A playback whose runs a person can schedule by hand ("you schedule"):
    /// the source's type says so, so the capability needs no run-time check.
    public init(
        seed: UInt64, speed: Double, paused: Bool, history: Int? = nil,
        makeSource: @escaping (UInt64) -> Source
    ) {
        self.init(
            seed: seed, speed: speed, paused: paused, history: history, scheduling: _SourceScheduling(),
            makeSource: makeSource)
    }
}

extension PanelPlayback: _PanelModelInspecting {
    package var _panelModel: any PanelModel { model }
}
