import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The scheduler panel rendered alone at pinned sizes, compared cell by cell
/// (characters and styles) with reviewed golden frames.
@Suite struct SchedulerPanelGoldenTests {
    /// REFERENCE.md's tasks, just after turn 4 put countdown 3 back at the
    /// back of the queue (four lines printed).
    static func tasksRequeued() throws -> SchedulerPanelModel {
        let session = try SchedulerRuns.session(.tasks, SchedulerScene.defaultTasks)
        return SchedulerRuns.model(session.steps, scene: .tasks) { $0.replay.output.count == 4 && $0.turnStage == .requeued }
    }

    /// The actors demo while the counter, given 2, has just sent 1 to itself.
    static func actorsSending() throws -> SchedulerPanelModel {
        let session = try SchedulerRuns.session(.actors, SchedulerScene.defaultSends)
        return SchedulerRuns.model(session.steps, scene: .actors) { model in
            guard case .scheduler(.send(_, "counter", 1))? = model.lastStep?.event else { return false }
            return true
        }
    }

    static func frame(
        _ model: SchedulerPanelModel, width: Int, height: Int, animation: Double? = nil,
        glyphs: Glyphs = .unicode
    ) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        SchedulerPanel.render(model, animation: animation, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }

    @Test func tasksAt80x22() throws {
        let model = try Self.tasksRequeued()
        #expect(model.runQueue == [2, 3, 1])
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "scheduler/tasks-80x22")
    }

    @Test func tasksMonochrome() throws {
        let frame = Self.frame(try Self.tasksRequeued(), width: 80, height: 22).withoutColor
        try GoldenFrame.check(frame, named: "scheduler/tasks-80x22-monochrome")
    }

    @Test func tasksAscii() throws {
        let frame = Self.frame(try Self.tasksRequeued(), width: 80, height: 22, glyphs: .ascii)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "scheduler/tasks-80x22-ascii")
    }

    @Test func tasksAt200x58() throws {
        try GoldenFrame.check(Self.frame(try Self.tasksRequeued(), width: 200, height: 58), named: "scheduler/tasks-200x58")
    }

    @Test func tasksNarrowAtMinimumSize() throws {
        let size = SchedulerPanel.minimumSize
        try GoldenFrame.check(
            Self.frame(try Self.tasksRequeued(), width: size.width, height: size.height),
            named: "scheduler/tasks-60x16")
    }

    /// Half way through the append: countdown 3 slides to the back of the queue.
    @Test func tasksRequeueMidAnimation() throws {
        try GoldenFrame.check(
            Self.frame(try Self.tasksRequeued(), width: 80, height: 22, animation: 0.5),
            named: "scheduler/tasks-requeue-in-flight-80x22")
    }

    @Test func actorsAt80x22() throws {
        let model = try Self.actorsSending()
        #expect(model.messageQueue.map(\.description) == ["(printer, 2)"])
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "scheduler/actors-80x22")
    }

    @Test func actorsAscii() throws {
        let frame = Self.frame(try Self.actorsSending(), width: 80, height: 22, glyphs: .ascii)
        #expect(frame.cells.allSatisfy { $0.character.isASCII })
        try GoldenFrame.check(frame, named: "scheduler/actors-80x22-ascii")
    }

    /// Half way through the send: 1 travels from the counter to the counter.
    @Test func actorsSendMidAnimation() throws {
        try GoldenFrame.check(
            Self.frame(try Self.actorsSending(), width: 80, height: 22, animation: 0.5),
            named: "scheduler/actors-send-in-flight-80x22")
    }

    @Test func actorsAt200x58() throws {
        let session = try SchedulerRuns.session(.actors, SchedulerScene.defaultSends)
        let model = SchedulerRuns.model(session.steps, scene: .actors) { $0.replay.output.count == 3 }
        try GoldenFrame.check(Self.frame(model, width: 200, height: 58), named: "scheduler/actors-200x58")
    }
}
