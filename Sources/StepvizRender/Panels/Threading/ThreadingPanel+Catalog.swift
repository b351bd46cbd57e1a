import StepvizCore
import StepvizEvents

/// The threading panel's step source: scenes run on real threads, one after another.
public typealias ThreadingStepSource = SceneStepSource<ThreadingSession>

extension ThreadingPanel {
    /// The threading scenes in the panel catalog: `--scene`, `--threads`,
    /// `--maxsize`, `--fixed`, `--plain-lock` pick one scene; none, the demo
    /// cycles through them all. A panel of its own, not the locks panel's:
    /// what it draws (conditions with their waiters' queues, the queue's
    /// deque, re-acquires after a wakeup, a stuck report) is not a lock
    /// table, and its stream is ``ThreadingEvent``'s, not ``LockEvent``'s.
    /// Explorable: few states and many traces, so state caching by default.
    public static let catalogEntry = PanelEntry.scenes(
        ThreadingPanel.self, session: ThreadingSession.self,
        options: [
            .threadingScene, .threadingThreads, .maxsize, .fixed, .plainLock, .schedule, .scheduleOnly,
        ],
        summary: "Condition, RLock, queue.Queue on real threads: lost wakeups",
        promptWords: ThreadingPanelScene.promptWords, scene: ThreadingPanelScene.init(options:)
    ).explorable { options throws(OperationParseError) in
        let scene = try ThreadingPanelScene(options: options)
        let report = ExploreReportText(
            panel: name, label: scene.label, sceneArguments: scene.sceneArguments, findingKinds: [.deadlock, .stuck, .error]
        ) { object in
            object.field("scene", scene.scene.kind.rawValue)
            object.field("threads", scene.scene.threads)
            object.field("maxsize", scene.scene.maxsize)
            object.field("fixed", scene.scene.fixed)
            object.field("plain_lock", scene.scene.plainLock)
        }
        return PanelExploration(
            ThreadingRunExploration(scene: scene.scene), report: report, defaultReduction: .stateCaching)
    }
}
