import StepvizCore
import StepvizEvents

/// The locks panel's step source: scenes run on real threads, one after another.
public typealias LocksStepSource = SceneStepSource<LocksSession>

extension LocksPanel {
    /// The locks in the panel catalog: `--scene`, `--threads`, `--ordered`
    /// pick one scene; none, the demo cycles through them all. Explorable:
    /// few states and many traces, so state caching by default.
    public static let catalogEntry = PanelEntry.scenes(
        LocksPanel.self, session: LocksSession.self,
        options: [.scene(LocksScene.Kind.allCases.map(\.rawValue)), .threads, .ordered, .schedule, .scheduleOnly],
        summary: "locks taken by real threads: ordering, deadlock, order violations",
        promptWords: LocksScene.promptWords, scene: LocksScene.init(options:)
    ).explorable { options throws(OperationParseError) in
        // LocksScene names an --ops given to it.
        let scene = try LocksScene(options: options)
        let report = ExploreReportText(panel: name, label: scene.label, sceneArguments: scene.sceneArguments) { object in
            object.field("scene", scene.kind.rawValue)
            object.field("threads", scene.threads)
            object.field("ordered", scene.isOrdered)
        }
        return PanelExploration(scene.exploration, report: report, defaultReduction: .stateCaching)
    }
}
