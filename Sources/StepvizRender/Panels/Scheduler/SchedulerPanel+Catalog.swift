import StepvizCore
import StepvizEvents

/// The scheduler panel's step source: scenes run on the real schedulers, one after another.
public typealias SchedulerStepSource = SceneStepSource<SchedulerSession>

extension SchedulerPanel {
    /// The schedulers in the panel catalog: `--scene tasks|actors` and
    /// `--ops` pick one scene; none, the demo plays tasks, then actors.
    /// Explorable: every printing turn changes the transcript, so every
    /// state is a trace and source-DPOR (one schedule per distinct
    /// transcript) is the default, where state caching runs about two.
    public static let catalogEntry = PanelEntry.scenes(
        SchedulerPanel.self, session: SchedulerSession.self,
        options: [.scene(SchedulerScene.Kind.allCases.map(\.rawValue)), .schedule, .scheduleOnly],
        summary: "coroutine and actor schedulers taking turns",
        promptWords: SchedulerOperation.words + ["scene tasks|actors"], scene: SchedulerScene.init(options:)
    ).explorable { options throws(OperationParseError) in
        let scene = try SchedulerScene(options: options)
        let ops = scene.operations.map(\.description).joined(separator: "; ")
        let report = ExploreReportText(
            panel: name, label: "scene \(scene.kind.rawValue), \(ops)",
            sceneArguments: scene.sceneArguments
        ) { object in
            object.field("scene", scene.kind.rawValue)
            object.field("ops", ops)
        }
        return PanelExploration(SchedulerExploration(scene: scene), report: report, defaultReduction: .sourceSets)
    }
}
