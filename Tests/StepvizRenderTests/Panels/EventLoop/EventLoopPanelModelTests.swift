import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The panel's model is the library's state after every step, and a
/// screen that plays runs one after another starts afresh at each.
@Suite struct EventLoopPanelModelTests {
    @Test func modelEqualsTheLibraryAfterEveryOperation() throws {
        for seed in UInt64(0)..<20 {
            let scene = EventLoopScene.demo(Int(seed % 2), seed: seed)
            let session = EventLoopSession(scene: scene)
            session.run()
            var model = EventLoopPanelModel()
            var checked = 0
            for step in session.steps {
                model.apply(step)
                if case .state(let state) = step.event {
                    #expect(model.replay.state == state, "seed \(seed) op \(step.op)")
                    checked += 1
                }
            }
            #expect(checked == session.operationLabels.count)
            // Every socket the run opened is listed, and closed at the end but the listener.
            #expect(model.openSockets.map(\.label) == (scene.kind == .server ? ["server"] : []))
        }
    }

    @Test func tasksAreListedWithWhatTheyAwait() throws {
        let model = try EventLoopRuns.tasksSleeping()
        #expect(model.tasks.map(\.name) == ["Task-1", "Task-2", "Task-3"])
        #expect(model.tasks.map(\.coroutine) == ["say()", "display_date(loop)", "say_after(1.5, 'tick')"])
        #expect(model.tasks[1].status == .awaiting("sleep(1.0)"))
    }

    @Test func aNewRunStartsAfresh() throws {
        let server = try EventLoopRuns.session(.server, "connect; send 1 a")
        let tasks = try EventLoopRuns.session(.tasks, "say")
        var model = EventLoopPanelModel()
        for step in server.steps { model.apply(step) }
        #expect(model.sockets.count == 3 && model.runs == 1)
        for step in tasks.steps { model.apply(Step(seq: step.seq, op: step.op, event: step.event)) }
        #expect(model.runs == 2 && model.scene == .tasks && model.sockets.isEmpty)
        #expect(model.replay.output.map(\.text) == ["started at 0.0", "hello", "world", "finished at 3.0"])
    }
}
