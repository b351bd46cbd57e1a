import StepvizEvents

/// The scheduler panel's step source: scenes run on the real schedulers, one after another.
public typealias SchedulerStepSource = SceneStepSource<SchedulerSession>

extension SchedulerPanel {
    /// The schedulers in the panel catalog: `--scene tasks|actors` and
    /// `--ops` pick one scene; none, the demo plays tasks, then actors.
    public static let catalogEntry = PanelEntry.scenes(
        SchedulerPanel.self, session: SchedulerSession.self, options: [.ops, .scene, .schedule, .scheduleOnly],
        promptWords: SchedulerOperation.words + ["scene tasks|actors"], scene: SchedulerScene.init(options:))
}
