import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The scheduler panel's model, folded from the real library's events,
/// against the library's own `state` after every operation.
@Suite struct SchedulerPanelModelTests {
    /// CPython 3.11 running the notes' TaskScheduler on countdown(3),
    /// countdown(2), countup(4) (REFERENCE.md), with the task printing each line.
    static let cpythonTranscript: [(task: Int, text: String)] = [
        (1, "T-minus 3"), (2, "T-minus 2"), (3, "Counting up 0"), (1, "T-minus 2"), (2, "T-minus 1"),
        (3, "Counting up 1"), (1, "T-minus 1"), (2, "Blastoff!"), (3, "Counting up 2"), (1, "Blastoff!"),
        (3, "Counting up 3"),
    ]

    /// Everything the model shows about the library's structure equals the
    /// `state` the library reported, checked at each one.
    static func expectEqualsLibrary(
        _ steps: some Collection<Step<SchedulerStepEvent>>, scene: SchedulerScene.Kind,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var model = SchedulerPanelModel()
        var states = 0
        for step in steps {
            model.apply(step)
            guard case .state(let state) = step.event else { continue }
            states += 1
            #expect(model.replay.state == state, "step \(step.seq)", sourceLocation: sourceLocation)
            #expect(model.runQueue == state.queue, "run queue at step \(step.seq)", sourceLocation: sourceLocation)
            #expect(model.messageQueue == state.messages, "messages at step \(step.seq)", sourceLocation: sourceLocation)
            #expect(
                model.coroutines.filter(\.status.isAlive).map(\.id) == state.alive, "alive at step \(step.seq)",
                sourceLocation: sourceLocation)
            #expect(
                model.coroutines.allSatisfy { $0.status != .running }, "nothing runs between operations",
                sourceLocation: sourceLocation)
        }
        #expect(states > 0, sourceLocation: sourceLocation)
    }

    @Test(arguments: 1...200) func tasksModelEqualsLibraryAfterEveryOperation(seed: UInt64) throws {
        let ops = SchedulerRuns.seededTasks(seed: seed)
        let session = try SchedulerRuns.session(.tasks, ops)
        Self.expectEqualsLibrary(session.steps, scene: .tasks)
        // Every line printed is in the transcript, with the task that printed it.
        let printed = session.steps.compactMap { step -> String? in
            guard case .scheduler(.output(let task, let text)) = step.event else { return nil }
            return "#\(task) \(text)"
        }
        #expect(
            SchedulerRuns.model(session.steps, scene: .tasks).replay.output.map { "#\($0.task) \($0.text)" } == printed,
            "\(ops)")
    }

    @Test(arguments: 0...6) func actorsModelEqualsLibraryAfterEveryOperation(count: Int) throws {
        let session = try SchedulerRuns.session(.actors, "send counter \(count)")
        Self.expectEqualsLibrary(session.steps, scene: .actors)
        let model = SchedulerRuns.model(session.steps, scene: .actors)
        #expect(model.replay.output.map(\.text) == (0..<count).map { "Got: \(count - $0)" })
        #expect(model.sends.filter { $0.from == "counter" && $0.to == "printer" }.map(\.message) == (0..<count).map { count - $0 })
    }

    @Test(arguments: 1...60) func seededSendsModelEqualsLibrary(seed: UInt64) throws {
        let ops = SchedulerRuns.seededSends(seed: seed)
        let session = try SchedulerRuns.session(.actors, ops)
        Self.expectEqualsLibrary(session.steps, scene: .actors)
        let model = SchedulerRuns.model(session.steps, scene: .actors)
        for send in model.sends where send.to == "nobody" { #expect(send.dropped == "unknown actor", "\(ops)") }
    }

    @Test func transcriptEqualsCPython() throws {
        let session = try SchedulerRuns.session(.tasks, "countdown 3; countdown 2; countup 4")
        let model = SchedulerRuns.model(session.steps, scene: .tasks)
        #expect(model.replay.output.map(\.task) == Self.cpythonTranscript.map(\.task))
        #expect(model.replay.output.map(\.text) == Self.cpythonTranscript.map(\.text))
        // And the output box shows those lines, in that order, each after its task.
        var canvas = Canvas(width: 200, height: 58)
        SchedulerPanel.render(model, animation: nil, in: canvas.bounds, on: &canvas, glyphs: .unicode)
        let shown = canvas.lines.compactMap { line -> String? in
            guard let range = line.range(of: " │ ", options: .backwards) else { return nil }
            let tagStart = line[..<range.lowerBound].lastIndex(of: "#")
            guard let tagStart else { return nil }
            return line[tagStart..<range.lowerBound].split(separator: " ").first.map(String.init)! + " "
                + line[range.upperBound...].trimmingCharacters(in: .whitespaces).dropLast().trimmingCharacters(in: .whitespaces)
        }
        #expect(shown == Self.cpythonTranscript.map { "#\($0.task) \($0.text)" })
    }

    /// The counter a task shows is the n (x) of the line it printed last,
    /// its argument before a countdown starts.
    @Test func taskCounterFollowsItsOutput() throws {
        let session = try SchedulerRuns.session(.tasks, "countdown 3; countup 2")
        var model = SchedulerPanelModel()
        // begin, scene, then the spawn of countdown 3.
        for step in session.steps.prefix(3) { model.apply(step) }
        #expect(model.coroutine(1)?.local == "n = 3")
        for step in session.steps.dropFirst(3) {
            model.apply(step)
            guard case .scheduler(.output(let task, let text)) = step.event, let coroutine = model.coroutine(task) else { continue }
            if text.hasPrefix("T-minus ") { #expect(coroutine.local == "n = \(text.dropFirst(8))") }
            if text.hasPrefix("Counting up ") { #expect(coroutine.local == "x = \(text.dropFirst(12))") }
        }
        #expect(model.coroutines.allSatisfy { $0.local == nil && $0.status == .finished })
    }

    /// Each turn goes resume → run to its yield → back of the queue, or ends.
    @Test func turnStagesFollowEachTurn() throws {
        let session = try SchedulerRuns.session(.tasks, "countdown 1")
        var model = SchedulerPanelModel()
        var stages: [SchedulerTurnStage?] = []
        for step in session.steps {
            model.apply(step)
            if step.op >= 1, stages.last != model.turnStage { stages.append(model.turnStage) }
        }
        #expect(stages == [nil, .resumed, .running, .yielded, .requeued, nil, .resumed, .running, .finished])
    }

    /// Runs joined one after another (tasks, actors, tasks again): the model
    /// starts afresh at each run's `scene` event (the step after the run's
    /// first `begin`), and from there equals a model fed that run alone.
    @Test(arguments: 1...30) func joinedRunsResetTheModel(seed: UInt64) throws {
        let sessions = [
            try SchedulerRuns.session(.tasks, SchedulerRuns.seededTasks(seed: seed)),
            try SchedulerRuns.session(.actors, SchedulerRuns.seededSends(seed: seed)),
            try SchedulerRuns.session(.tasks, SchedulerRuns.seededTasks(seed: seed + 1000)),
        ]
        let joined = SchedulerRuns.joined(sessions)
        var model = SchedulerPanelModel()
        var offset = 0
        for (run, session) in sessions.enumerated() {
            var alone = SchedulerPanelModel()
            for index in session.steps.indices {
                model.apply(joined[offset + index])
                alone.apply(session.steps[index])
                guard index > 0 else { continue }  // the run's first begin: its scene comes next
                #expect(model.runs == run + 1)
                #expect(model.scene == session.scene.kind)
                #expect(model.replay == alone.replay)
                #expect(model.coroutines == alone.coroutines)
                #expect(model.runQueue == alone.runQueue && model.messageQueue == alone.messageQueue)
                #expect(model.sends == alone.sends && model.codeLine == alone.codeLine && model.turns == alone.turns)
            }
            offset += session.steps.count
        }
    }

    @Test func summarySaysTheLastLineOrDelivery() throws {
        let tasks = try SchedulerRuns.session(.tasks, "countdown 3; countdown 2; countup 4")
        let before = SchedulerRuns.model(tasks.steps, scene: .tasks, count: 8)
        #expect(SchedulerPanel.summary(before, glyphs: .unicode) == "sched 2 ready")
        let firstLine = SchedulerRuns.model(tasks.steps, scene: .tasks) { $0.replay.output.count == 2 }
        #expect(SchedulerPanel.summary(firstLine, glyphs: .unicode) == "sched T-minus 2")

        let actors = try SchedulerRuns.session(.actors, "send counter 3")
        let delivered = SchedulerRuns.model(actors.steps, scene: .actors) { $0.replay.output.count == 1 }
        #expect(SchedulerPanel.summary(delivered, glyphs: .unicode) == "sched printer ← 3")
        #expect(SchedulerPanel.summary(delivered, glyphs: .ascii) == "sched printer <- 3")
    }
}
