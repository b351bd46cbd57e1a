import StepvizEvents

extension PanelEntry {
    /// An operation-driven panel (heap, deque, lru): `--ops` parsed as the
    /// session's operations, or the seeded demo; the setup read from the
    /// options.
    public static func operations<View: PanelView, Session: OperationSession, Demo: DemoScript>(
        _ view: View.Type, session: Session.Type, demo: Demo.Type,
        options: [PanelOption] = [], summary: String,
        setup: @escaping @Sendable (EventRunOptions) throws(OperationParseError) -> Session.Setup
    ) -> PanelEntry
    where
        View.Model.Event == Session.Event, View.Model.Setup == Session.Setup,
        Demo.Operation == Session.Operation, Demo.Setup == Session.Setup,
        Session.Event: StepEventDecodable, Session.Event.Setup == Session.Setup
    {
        typealias Source = OperationStepSource<Session, Demo>
        return PanelEntry(
            name: View.name, summary: summary, options: options, operationWords: Session.Operation.words,
            minimumSize: PanelSize(width: View.minimumSize.width, height: View.minimumSize.height)
        ) { options throws(OperationParseError) in
            let setup = try setup(options)
            let operations = try options.ops.map { ops throws(OperationParseError) in
                try OperationScript.parse(ops, as: Session.Operation.self)
            }
            let source = { (seed: UInt64, endless: Bool) -> Source in
                if let operations { return Source(setup: setup, operations: operations) }
                return Source(setup: setup, demoSeed: seed, limit: endless ? nil : Demo.eventRunLength)
            }
            return PreparedPanel(
                name: View.name, seed: options.seed, minimumSize: PanelSize(width: View.minimumSize.width, height: View.minimumSize.height),
                makePlayback: { endless, seed, speed, paused, history in
                    PanelPlayback<Source, View>(seed: seed, speed: speed, paused: paused, history: history) { source($0, endless) }
                },
                writeEvents: { seed, writer in source(seed, false).write(panel: View.name, seed: seed, to: &writer) })
        } replay: { stream throws(StreamReadError) in
            replayed(View.self, try stream.source(as: Session.Event.self), seed: stream.seed)
        }
    }

    /// A scene-driven panel (locks, scheduler): the scene the options name,
    /// or, when they name none, the seeded demo cycling through the scenes
    /// (one cycle for `events` and `record`, endless on screen).
    public static func scenes<View: PanelView, Session: SceneSession>(
        _ view: View.Type, session: Session.Type, options: [PanelOption], summary: String,
        promptWords: [String],
        scene: @escaping @Sendable (EventRunOptions) throws(OperationParseError) -> Session.Scene
    ) -> PanelEntry
    where
        View.Model.Event == Session.Event, View.Model.Setup == NoSetup,
        Session.Event: StepEventDecodable, Session.Event.Setup == NoSetup
    {
        typealias Source = SceneStepSource<Session>
        return PanelEntry(
            name: View.name, summary: summary, options: options, operationWords: promptWords,
            minimumSize: PanelSize(width: View.minimumSize.width, height: View.minimumSize.height)
        ) { options throws(OperationParseError) in
            // Any scene option given (or --ops) picks one scene; none, the demo.
            let chosen = options.given.isEmpty ? nil : try scene(options)
            let source = { (seed: UInt64, endless: Bool) -> Source in
                if let chosen { return Source(scene: chosen) }
                return Source(demoSeed: seed, limit: endless ? nil : Session.Scene.demoCycle)
            }
            return PreparedPanel(
                name: View.name, seed: options.seed, minimumSize: PanelSize(width: View.minimumSize.width, height: View.minimumSize.height),
                makePlayback: { endless, seed, speed, paused, history in
                    PanelPlayback<Source, View>(seed: seed, speed: speed, paused: paused, history: history) { source($0, endless) }
                },
                writeEvents: { seed, writer in source(seed, false).write(panel: View.name, seed: seed, to: &writer) })
        } replay: { stream throws(StreamReadError) in
            replayed(View.self, try stream.source(as: Session.Event.self), seed: stream.seed)
        }
    }

    /// A saved stream's steps as a run to play: no demo, no seed, nothing
    /// new can run on it.
    static func replayed<View: PanelView, Event, Setup>(
        _ view: View.Type, _ source: ReplayStepSource<Event, Setup>, seed: UInt64?
    ) -> PreparedPanel where View.Model.Event == Event, View.Model.Setup == Setup {
        PreparedPanel(
            name: View.name, seed: seed ?? 0, minimumSize: PanelSize(width: View.minimumSize.width, height: View.minimumSize.height),
            makePlayback: { _, seed, speed, paused, history in
                PanelPlayback<ReplayStepSource<Event, Setup>, View>(seed: seed, speed: speed, paused: paused, history: history) { _ in
                    source
                }
            },
            writeEvents: { _, writer in source.write(panel: View.name, seed: seed, to: &writer) })
    }
}
