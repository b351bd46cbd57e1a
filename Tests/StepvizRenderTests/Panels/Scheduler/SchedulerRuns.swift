import StepvizCore
import StepvizEvents
import StepvizRender

/// Scheduler runs of the real library for the panel's tests: sessions for
/// given or seeded operations, runs joined into one stream as the screen
/// joins them, and models folded from their steps.
enum SchedulerRuns {
    /// A model that has seen only an actors run start.
    static var emptyActors: SchedulerPanelModel {
        var model = SchedulerPanelModel()
        model.apply(Step(seq: 0, op: 0, event: .scene(.actors)))
        return model
    }

    static func session(_ kind: SchedulerScene.Kind, _ ops: String) throws -> SchedulerSession {
        let session = SchedulerSession(scene: try SchedulerScene(kind: kind, ops: ops))
        session.run()
        return session
    }

    /// 1 to 5 tasks, each a countdown or a countup of 0 to 6.
    static func seededTasks(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...5, using: &random)
        return (0..<count).map { _ in
            "\(Bool.random(using: &random) ? "countdown" : "countup") \(Int.random(in: 0...6, using: &random))"
        }.joined(separator: "; ")
    }

    /// One to three sends: mostly to the counter (0 to 6), now and then to
    /// the printer or to an actor that does not exist.
    static func seededSends(seed: UInt64) -> String {
        var random = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...3, using: &random)
        return (0..<count).map { _ in
            let actor = ["counter", "counter", "counter", "printer", "nobody"].randomElement(using: &random)!
            return "send \(actor) \(Int.random(in: 0...6, using: &random))"
        }.joined(separator: "; ")
    }

    /// The runs' steps as one stream, as a screen that plays one run after
    /// another sees them: `seq` and `op` keep counting across runs.
    static func joined(_ sessions: [SchedulerSession]) -> [Step<SchedulerStepEvent>] {
        var steps: [Step<SchedulerStepEvent>] = []
        var opBase = 0
        for session in sessions {
            for step in session.steps {
                steps.append(Step(seq: steps.count, op: opBase + step.op, event: step.event))
            }
            opBase += session.operationLabels.count
        }
        return steps
    }

    /// The model after the first `count` steps (all when nil).
    static func model(
        _ steps: some Collection<Step<SchedulerStepEvent>>, scene: SchedulerScene.Kind, count: Int? = nil
    ) -> SchedulerPanelModel {
        var model = SchedulerPanelModel()
        for step in steps.prefix(count ?? steps.count) { model.apply(step) }
        return model
    }

    /// The model after the first step for which `stop` holds, folding from the start.
    static func model(
        _ steps: some Collection<Step<SchedulerStepEvent>>, scene: SchedulerScene.Kind, after stop: (SchedulerPanelModel) -> Bool
    ) -> SchedulerPanelModel {
        var model = SchedulerPanelModel()
        for step in steps {
            model.apply(step)
            if stop(model) { return model }
        }
        return model
    }
}
