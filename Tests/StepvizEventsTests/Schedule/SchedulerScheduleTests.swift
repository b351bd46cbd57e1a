import StepvizCore
import StepvizEvents
import Testing

/// `--schedule` through the scheduler scene and session: each turn resumes
/// the coroutine named, the rest keep their order, the round-robin run
/// replays from its own schedule, and a coroutine that is not ready is
/// refused with the turn and the reason before anything runs.
@Suite("Scheduler schedules")
struct SchedulerScheduleTests {
    static func session(_ kind: SchedulerScene.Kind, ops: String, schedule: [Int]?, only: Bool = false) throws -> SchedulerSession {
        let session = SchedulerSession(
            scene: try SchedulerScene(
                kind: kind, ops: ops, schedule: schedule.map { TurnSchedule(threads: $0, stopsAtEnd: only) }))
        session.run()
        return session
    }

    /// Every line printed, as `#id text`.
    static func transcript(of session: SchedulerSession) -> [String] {
        session.steps.compactMap { if case .scheduler(.output(let task, let text)) = $0.event { "#\(task) \(text)" } else { nil } }
    }

    @Test func eachTurnResumesTheCoroutineNamed() throws {
        let session = try Self.session(.tasks, ops: "countdown 2; countup 2", schedule: [2, 2, 2, 1], only: true)
        #expect(session.turns.compactMap { $0 } == [2, 2, 2, 1])
        #expect(Self.transcript(of: session) == ["#2 Counting up 0", "#2 Counting up 1", "#1 T-minus 2"])
        let stop = try #require(session.scheduleStop)
        #expect(stop.step == 5 && stop.refused == nil && stop.subject == .coroutines)
        // Countup 2 finished on its third turn; countdown 2 is queued.
        #expect(stop.standings == [.canMove, .finished])
        #expect(stop.message == "stopped before step 5; coroutine 1 can move")
        // Stopped at the choice: no quit operation, nothing cancelled in the stream.
        #expect(session.operationLabels.last == "step")
    }

    @Test func roundRobinRunsReplayFromTheirOwnSchedule() throws {
        for ops in ["countdown 3; countdown 2; countup 4", "countup 1; countdown 4", "countdown 1"] {
            let robin = try Self.session(.tasks, ops: ops, schedule: nil)
            let replayed = try Self.session(.tasks, ops: ops, schedule: robin.turns.compactMap { $0 })
            #expect(replayed.steps == robin.steps, "\(ops)")
        }
        let actors = try Self.session(.actors, ops: "send counter 3", schedule: nil)
        let replayed = try Self.session(.actors, ops: "send counter 3", schedule: actors.turns.compactMap { $0 })
        #expect(replayed.steps == actors.steps)
    }

    @Test func afterTheListRoundRobinDecides() throws {
        let session = try Self.session(.tasks, ops: "countdown 1; countdown 1", schedule: [2])
        #expect(Self.transcript(of: session) == ["#2 T-minus 1", "#1 T-minus 1", "#2 Blastoff!", "#1 Blastoff!"])
        #expect(session.scheduleStop == nil)
        #expect(try Self.session(.tasks, ops: "countdown 1; countdown 1", schedule: [2]).steps == session.steps)
    }

    @Test func aCoroutineThatIsNotReadyIsRefused() {
        let cases: [(SchedulerScene.Kind, String, [Int], String)] = [
            (.tasks, "countdown 1; countup 1", [2, 2, 2], "step 3: coroutine 2 has finished"),
            (.tasks, "countdown 1", [4], "step 1: there is no coroutine 4 (the run has coroutines 1 to 1)"),
            // The printer's priming message goes first; then it waits for the counter.
            (.actors, "send counter 1", [1, 1], "step 2: coroutine 1 has no message waiting"),
        ]
        for (kind, ops, schedule, message) in cases {
            #expect(throws: OperationParseError(message)) {
                try SchedulerScene(kind: kind, ops: ops, schedule: TurnSchedule(threads: schedule))
            }
        }
    }

    @Test func anActorPickedTakesItsFirstMessage() throws {
        // Counter first (its priming message), then its 2: it sends 2 to the printer.
        let session = try Self.session(.actors, ops: "send counter 2", schedule: [2, 2, 1], only: true)
        #expect(session.turns.compactMap { $0 } == [2, 2, 1])
        let delivered = session.steps.compactMap { step -> String? in
            if case .scheduler(.deliver(let actor, _, let message)) = step.event {
                "\(actor) \(message.map(String.init) ?? "None")"
            } else {
                nil
            }
        }
        #expect(delivered == ["counter None", "counter 2", "printer None"])
    }
}
