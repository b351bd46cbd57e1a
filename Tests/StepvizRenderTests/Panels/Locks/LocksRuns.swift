import StepvizCore
import StepvizEvents
import StepvizRender

/// Locks runs as the panel tests use them: a real session of a scene, and
/// the panel model folded from its steps up to a chosen one.
enum LocksRuns {
    static func session(_ scene: String, seed: UInt64, threads: Int? = nil, ordered: Bool = false) throws -> LocksSession {
        let options = EventRunOptions(seed: seed).with(\.scene, scene).with(\.threads, threads).with(\.ordered, ordered)
        let session = LocksSession(scene: try LocksScene(options: options))
        session.run()
        return session
    }

    /// The model after the steps of `session` up to and including the first
    /// one `stop` accepts (all of them when none does).
    static func model(_ session: LocksSession, through stop: (Step<LocksStepEvent>) -> Bool = { _ in false }) -> LocksPanelModel {
        var model = LocksPanelModel()
        for step in session.steps {
            model.apply(step)
            if stop(step) { break }
        }
        return model
    }

    /// The model at the end of operation `op`.
    static func model(_ session: LocksSession, endOfOperation op: Int) -> LocksPanelModel {
        model(session) { step in
            if case .state = step.event { step.op == op } else { false }
        }
    }

    static func isDeadlock(_ step: Step<LocksStepEvent>) -> Bool {
        if case .lock(.deadlock) = step.event { true } else { false }
    }

    static func isViolation(_ step: Step<LocksStepEvent>) -> Bool {
        if case .lock(.violation) = step.event { true } else { false }
    }

    /// Renders the panel alone into a canvas of the given size.
    static func frame(
        _ model: LocksPanelModel, width: Int, height: Int, glyphs: Glyphs = .unicode,
        animation: Double? = nil
    ) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        LocksPanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }
}
