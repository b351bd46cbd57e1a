import StepvizCore
import StepvizEvents
import StepvizRender
import Testing

/// The threading panel's model, folded from events alone, against the
/// library: its state equals the library's after every operation, and
/// what it derives (who took each item, the line each step ran, the last
/// error) follows the events.
@Suite struct ThreadingPanelModelTests {
    @Test("The model's state equals the library's after every operation, every scene, 30 seeds")
    func modelEqualsLibrary() throws {
        for scene in ThreadingPanelScene.sceneNames {
            for seed in UInt64(1)...30 {
                let session = try ThreadingRuns.session(EventRunOptions(seed: seed).with(\.scene, scene))
                var model = ThreadingPanelModel()
                for step in session.steps {
                    model.apply(step)
                    if case .state(let state) = step.event { #expect(model.replay.state == state, "\(scene) seed \(seed)") }
                }
                #expect(model.header?.scene == scene)
            }
        }
    }

    @Test("Who took each item, in order; the producer-consumer lines follow the queue's calls")
    func takenAndLines() throws {
        let session = try ThreadingRuns.session(EventRunOptions(seed: 2).with(\.scene, "producer-consumer"))
        var model = ThreadingPanelModel()
        var lines: Set<Int> = []
        for step in session.steps {
            model.apply(step)
            if let line = model.codeLine { lines.insert(line) }
        }
        let pops = session.steps.compactMap { step -> Int? in
            if case .threading(.poppedLeft(let thread, _, _, _)) = step.event { thread } else { nil }
        }
        #expect(model.taken.map(\.item) == ["1", "2", "3", "4"] && model.taken.map(\.by) == pops)
        // put's with, append and notify; get's with and pop; task_done; join's with.
        #expect(lines.isSuperset(of: [6, 8, 9, 11, 13, 15, 16, 18]), "\(lines.sorted())")
    }

    @Test("A new scene starts the model afresh")
    func sceneResets() throws {
        let source = SceneStepSource<ThreadingSession>(demoSeed: 1, limit: 2)
        var model = ThreadingPanelModel()
        for step in source.steps { model.apply(step) }
        #expect(model.runs == 2 && model.header?.scene == "stolen-wakeup")
        #expect(model.taken.count <= 2)
    }

    @Test("producer-consumer: every notify and wait lights the line of the queue method that owns its condition, 30 seeds")
    func queueLinesFollowTheCondition() throws {
        // Lib/queue.py: put notifies not_empty and waits on not_full; get
        // notifies not_full and waits on not_empty; task_done notifies
        // all_tasks_done, join waits on it.
        let notifyLine = ["q.not_empty": 9, "q.not_full": 13, "q.all_tasks_done": 16]
        let waitLine = ["q.not_full": 7, "q.not_empty": 12, "q.all_tasks_done": 19]
        for seed in UInt64(1)...30 {
            let session = try ThreadingRuns.session(EventRunOptions(seed: seed).with(\.scene, "producer-consumer").with(\.threads, 3))
            var model = ThreadingPanelModel()
            for step in session.steps {
                model.apply(step)
                switch step.event {
                case .threading(.notify(_, let condition, _, _, _)):
                    #expect(model.codeLine == notifyLine[condition], "seed \(seed) seq \(step.seq): notify \(condition)")
                case .threading(.conditionWait(_, let condition, _, _, _)):
                    #expect(model.codeLine == waitLine[condition], "seed \(seed) seq \(step.seq): wait \(condition)")
                case .threading(.poppedLeft):
                    #expect(model.codeLine == 13, "seed \(seed) seq \(step.seq)")
                case .threading(.appended):
                    #expect(model.codeLine == 8, "seed \(seed) seq \(step.seq)")
                default: break
                }
            }
        }
    }
}
