import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events scheduler`: transcripts, framing, replay, bad input.
@Suite("Scheduler sessions and event stream")
struct SchedulerSessionTests {
    static func session(_ kind: SchedulerScene.Kind, _ ops: String) throws -> SchedulerSession {
        let session = SchedulerSession(scene: try SchedulerScene(kind: kind, ops: ops))
        session.run()
        return session
    }

    static func output(_ session: SchedulerSession) -> [String] {
        session.steps.compactMap { if case .scheduler(.output(_, let text)) = $0.event { text } else { nil } }
    }

    @Test("The default tasks scene prints REFERENCE.md's interleaving")
    func defaultTasks() throws {
        let session = SchedulerSession(scene: try SchedulerScene(options: EventRunOptions()))
        session.run()
        #expect(
            Self.output(session) == [
                "T-minus 3", "T-minus 2", "Counting up 0", "T-minus 2", "T-minus 1", "Counting up 1",
                "T-minus 1", "Blastoff!", "Counting up 2", "Blastoff!", "Counting up 3",
            ])
        #expect(session.operationLabels == ["countdown 3", "countdown 2", "countup 4"] + Array(repeating: "step", count: 12))
        #expect(session.end == .completed)
    }

    @Test("countdown 5; countup 6 prints the notes' transcript")
    func notesTasks() throws {
        let session = try Self.session(.tasks, "countdown 5; countup 6")
        #expect(
            Self.output(session) == [
                "T-minus 5", "Counting up 0", "T-minus 4", "Counting up 1", "T-minus 3", "Counting up 2",
                "T-minus 2", "Counting up 3", "T-minus 1", "Counting up 4", "Blastoff!", "Counting up 5",
            ])
    }

    @Test("The actors scene prints Got: 3, Got: 2, Got: 1 and cancels the waiting printer")
    func actors() throws {
        let session = SchedulerSession(scene: try SchedulerScene(options: EventRunOptions().with(\.scene, "actors")))
        session.run()
        #expect(Self.output(session) == ["Got: 3", "Got: 2", "Got: 1"])
        #expect(session.operationLabels.prefix(3) == ["spawn printer", "spawn counter", "send counter 3"])
        #expect(session.operationLabels.last == "quit")
        #expect(session.steps.contains { $0.event == .scheduler(.cancelled(task: 1)) })
        guard case .state(let last)? = session.steps.last?.event else {
            Issue.record("no final state")
            return
        }
        #expect(last.alive.isEmpty && last.messages.isEmpty)
    }

    @Test("Messages to unknown actors are dropped when sent, to finished ones when due")
    func drops() throws {
        let session = try Self.session(.actors, "send nobody 1; send counter 1; send counter 2")
        let drops = session.steps.compactMap { step -> String? in
            if case .scheduler(.drop(let to, _, let reason)) = step.event { "\(to): \(reason)" } else { nil }
        }
        #expect(drops == ["nobody: unknown actor", "counter: finished actor"])
        #expect(Self.output(session) == ["Got: 1", "Got: 2"])
    }

    @Test("A run that would not end is bounded: it quits and cancels everything")
    func bounded() throws {
        // The counter counts down from -1 for ever (Python's would too).
        let session = try Self.session(.actors, "send counter -1")
        #expect(session.end == .quit)
        #expect(session.operationLabels.filter { $0 == "step" }.count == SchedulerSession.maxSteps)
        guard case .state(let last)? = session.steps.last?.event else {
            Issue.record("no final state")
            return
        }
        #expect(last.alive.isEmpty && last.messages.isEmpty)
    }

    @Test(
        "The state rebuilt from events equals the library's after every operation",
        arguments: [
            (SchedulerScene.Kind.tasks, "countdown 3; countdown 2; countup 4"),
            (.tasks, "countup 0; countdown -2; countdown 1"),
            (.tasks, "countdown 7; countup 9; countdown 2; countup 1"),
            (.actors, "send counter 3"),
            (.actors, "send printer 5; send nobody 2; send counter 2; send counter 1"),
        ])
    func replay(kind: SchedulerScene.Kind, ops: String) throws {
        let session = try Self.session(kind, ops)
        var replay = SchedulerReplay()
        var checked = 0
        for step in session.steps {
            replay.apply(step.event)
            if case .state(let state) = step.event {
                #expect(replay.state == state, "op \(step.op) (\(session.operationLabels[step.op]))")
                checked += 1
            }
        }
        #expect(checked == session.operationLabels.count)
        #expect(replay.output.map(\.text) == Self.output(session))
    }

    @Test("The same operations give the same stream, byte for byte, every time")
    func deterministic() throws {
        for options in [
            EventRunOptions(ops: "countdown 4; countup 5; countdown 2"), EventRunOptions(ops: "send counter 4").with(\.scene, "actors"),
        ] {
            let first = try EventStreamCapture.bytes(panel: "scheduler", options)
            for _ in 0..<40 { #expect(try EventStreamCapture.bytes(panel: "scheduler", options) == first) }
        }
    }

    @Test(
        "The JSON Lines stream parses and follows the contract",
        arguments: [
            EventRunOptions(),
            EventRunOptions(ops: "countdown 5; countup 6"),
            EventRunOptions().with(\.scene, "actors"),
            EventRunOptions(ops: "send counter 2; send nobody 7").with(\.scene, "actors"),
        ])
    func contract(options: EventRunOptions) throws {
        let lines = try EventStreamCapture.lines(panel: "scheduler", options)
        try EventStreamCapture.checkContract(lines, panel: "scheduler")
        let outputs = lines.filter { $0["type"] as? String == "output" }
        #expect(!outputs.isEmpty && outputs.allSatisfy { $0["task"] is Int && $0["text"] is String })
        let last = try #require(lines.last)
        #expect(last["type"] as? String == "state" && last["alive"] as? [Int] == [] && last["queue"] as? [Int] == [])
    }

    @Test("N at the ends of the allowed range is accepted")
    func rangeEnds() throws {
        let tasks = try SchedulerScene(kind: .tasks, ops: "countdown -1000; countup 1000")
        #expect(tasks.operations == [.countdown(-1000), .countup(1000)])
        let sends = try SchedulerScene(kind: .actors, ops: "send counter -1000; send printer 1000")
        #expect(sends.operations == [.send(actor: "counter", message: -1000), .send(actor: "printer", message: 1000)])
    }

    @Test(
        "Malformed operations fail before running, naming the bad text",
        arguments: [
            (EventRunOptions(ops: "countdown 3; spin 2"), "'spin'"),
            (EventRunOptions(ops: "countdown x"), "'x'"),
            (EventRunOptions(ops: "countdown"), "'countdown'"),
            (EventRunOptions(ops: "countup 100000"), "'100000'"),
            (EventRunOptions(ops: "countup 1001"), "'countup 1001'"),
            (EventRunOptions(ops: "countdown -1001"), "'countdown -1001'"),
            (EventRunOptions(ops: "countup -9223372036854775808"), "'-9223372036854775808'"),
            (EventRunOptions(ops: "send counter -9223372036854775808").with(\.scene, "actors"), "'send counter -9223372036854775808'"),
            (EventRunOptions(ops: "send counter 9223372036854775807").with(\.scene, "actors"), "'9223372036854775807'"),
            (EventRunOptions(ops: "send printer -1001").with(\.scene, "actors"), "'send printer -1001'"),
            (EventRunOptions(ops: "send counter 3"), "'send counter 3'"),
            (EventRunOptions(ops: "countdown 3").with(\.scene, "actors"), "'countdown 3'"),
            (EventRunOptions(ops: "send counter three").with(\.scene, "actors"), "'three'"),
            (EventRunOptions().with(\.scene, "threads"), "'threads'"),
        ])
    func malformed(options: EventRunOptions, named: String) {
        #expect {
            _ = try PanelCatalog.standard.prepare(panel: "scheduler", options: options)
        } throws: { error in
            guard let error = error as? OperationParseError else { return false }
            return error.message.contains(named) && !error.message.contains("\n")
        }
    }
}
