import StepvizCore
import StepvizEvents

extension EventLoopPanel {
    /// The event loop in the panel catalog: `--scene server|tasks` and
    /// `--ops` pick one scene; none, the demo plays a server with its
    /// clients, then tasks. Not explorable and not schedulable: one thread
    /// runs the loop, and the loop decides the order.
    public static let catalogEntry = PanelEntry.scenes(
        EventLoopPanel.self, session: EventLoopSession.self,
        options: [.scene(EventLoopScene.Kind.allCases.map(\.rawValue))],
        summary: "an asyncio event loop: real epoll and sockets, Future and Task",
        promptWords: EventLoopOperation.words + ["scene server|tasks"], scene: EventLoopScene.init(options:))
}
