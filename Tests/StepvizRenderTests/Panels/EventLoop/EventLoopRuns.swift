import StepvizCore
import StepvizEvents
import StepvizRender

/// Event-loop runs of the real library for the panel's tests, and models
/// folded from their steps.
enum EventLoopRuns {
    static func session(_ kind: EventLoopScene.Kind, _ ops: String) throws -> EventLoopSession {
        let session = EventLoopSession(scene: try EventLoopScene(kind: kind, ops: ops))
        session.run()
        return session
    }

    /// The model after the first step for which `stop` holds (all steps when none does).
    static func model(_ session: EventLoopSession, after stop: (EventLoopPanelModel) -> Bool = { _ in false }) -> EventLoopPanelModel {
        var model = EventLoopPanelModel()
        for step in session.steps {
            model.apply(step)
            if stop(model) { return model }
        }
        return model
    }

    /// The model after the first `count` steps.
    static func model(_ session: EventLoopSession, count: Int) -> EventLoopPanelModel {
        var model = EventLoopPanelModel()
        for step in session.steps.prefix(count) { model.apply(step) }
        return model
    }

    /// Two clients on the notes' server, just after the server read client 2's first line.
    static func serverReading() throws -> EventLoopPanelModel {
        let session = try Self.session(.server, EventLoopScene.defaultClients)
        return model(session) { $0.replay.output.last?.text == "Received data b'hi there\\n'" }
    }

    /// say() and display_date as tasks, just after hello was printed at t=1.
    static func tasksSleeping() throws -> EventLoopPanelModel {
        let session = try Self.session(.tasks, "say; display_date; say_after 1.5 tick")
        return model(session) { $0.replay.output.last?.text == "hello" }
    }
}
