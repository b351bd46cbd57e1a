import StepvizEvents

/// The locks panel's step source: scenes run on real threads, one after another.
public typealias LocksStepSource = SceneStepSource<LocksSession>

extension LocksPanel {
    /// The locks in the panel catalog: `--scene`, `--threads`, `--ordered`
    /// pick one scene; none, the demo cycles through them all.
    public static let catalogEntry = PanelEntry.scenes(
        LocksPanel.self, session: LocksSession.self, options: [.ops, .scene, .threads, .ordered, .schedule, .scheduleOnly],
        promptWords: LocksScene.promptWords, scene: LocksScene.init(options:))
}
