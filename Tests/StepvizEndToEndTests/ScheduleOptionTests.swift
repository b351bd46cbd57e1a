import Foundation
import StepvizTestSupport
import Testing

/// `--schedule` through the built binary: byte-for-byte repeatable, the
/// seed's run rebuilt from its own `begin` events, bad schedules refused
/// with exit 2 and one line before any output.
@Suite("--schedule (binary)")
struct ScheduleOptionTests {
    /// The thread of each `begin` event of a locks stream.
    static func schedule(of stream: String) -> [Int] {
        stream.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains("\"type\":\"begin\""), let range = line.range(of: "\"thread\":") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    @Test func sameScheduleSameBytes() throws {
        let arguments = ["events", "locks", "--scene", "naive", "--schedule", "1,2,2,1,1"]
        let first = try StepvizBinary.run(arguments)
        let second = try StepvizBinary.run(arguments)
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(Array(Self.schedule(of: first.standardOutputText).prefix(5)) == [1, 2, 2, 1, 1])
    }

    @Test func aRunsOwnScheduleReplaysIt() throws {
        let seeded = try StepvizBinary.run(["events", "locks", "--scene", "philosophers", "--seed", "7"])
        let schedule = Self.schedule(of: seeded.standardOutputText).map(String.init).joined(separator: ",")
        let replayed = try StepvizBinary.run(["events", "locks", "--scene", "philosophers", "--seed", "99", "--schedule", schedule])
        #expect(replayed.status == 0)
        // Every step the same; only the header's seed differs.
        let steps = { (text: String) in text.split(separator: "\n").dropFirst() }
        #expect(steps(replayed.standardOutputText) == steps(seeded.standardOutputText))
        #expect(replayed.standardOutputText.hasPrefix(#"{"schema":"stepviz-events","version":1,"panel":"locks","seed":99}"#))
    }

    @Test func scheduleOnlyStopsAtTheListsEnd() throws {
        let result = try StepvizBinary.run(["events", "locks", "--scene", "naive", "--schedule", "2,1", "--schedule-only"])
        #expect(result.status == 0)
        #expect(Self.schedule(of: result.standardOutputText) == [2, 1])
    }

    @Test(
        "a bad schedule exits 2 naming the step and why",
        arguments: [
            (
                ["events", "locks", "--scene", "naive", "--schedule", "1,2,2,2"],
                "step 4: thread 2 is blocked waiting for lock x held by thread 1"
            ),
            (["events", "locks", "--scene", "naive", "--schedule", "1,5"], "step 2: there is no thread 5"),
            (["events", "locks", "--scene", "naive", "--schedule", "1,x"], "'x'"),
            (["events", "locks", "--schedule-only"], "--schedule-only needs a --schedule"),
            (["events", "heap", "--schedule", "1"], "--schedule is not an option of the heap panel"),
            (["events", "scheduler", "--schedule", "1,1,1,1,1"], "step 5: coroutine 1 has finished"),
            (["events", "scheduler", "--scene", "actors", "--schedule", "1,1"], "step 2: coroutine 1 has no message waiting"),
            (["events", "scheduler", "--schedule", "4"], "step 1: there is no coroutine 4"),
            (["watch", "scheduler", "--schedule-only"], "--schedule-only needs a --schedule"),
            (
                ["record", "locks", "--scene", "naive", "--out", "/tmp/stepviz-never.cast", "--schedule", "2,2,1,1"],
                "step 4: thread 1 is blocked"
            ),
        ])
    func badSchedule(arguments: [String], message: String) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/stepviz-never.cast"))
    }

    @Test func recordWithAScheduleIsRepeatable() throws {
        let first = try TemporaryFile()
        let second = try TemporaryFile()
        for file in [first, second] {
            let result = try StepvizBinary.run([
                "record", "locks", "--scene", "naive", "--schedule", "1,2,2,1", "--out", file.path + ".cast",
            ])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: first.path + ".cast"))
        let b = try Data(contentsOf: URL(fileURLWithPath: second.path + ".cast"))
        #expect(a == b && !a.isEmpty)
        try? FileManager.default.removeItem(atPath: first.path + ".cast")
        try? FileManager.default.removeItem(atPath: second.path + ".cast")
    }

    /// The coroutine each turn resumed, from a scheduler stream's `resume` events.
    static func turns(of stream: String) -> [Int] {
        stream.split(separator: "\n").compactMap { line -> Int? in
            guard line.contains("\"type\":\"resume\""), let range = line.range(of: "\"task\":") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
    }

    @Test func theSchedulerFollowsItsScheduleThenRoundRobin() throws {
        let arguments = ["events", "scheduler", "--ops", "countdown 3; countdown 2; countup 4", "--schedule", "3,3,2"]
        let first = try StepvizBinary.run(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(try StepvizBinary.run(arguments).standardOutput == first.standardOutput)
        let turns = Self.turns(of: first.standardOutputText)
        #expect(turns.prefix(3) == [3, 3, 2])
        // Round robin after the list: the queue then holds 1, 3, 2.
        #expect(turns.dropFirst(3).prefix(3) == [1, 3, 2])
        // A round-robin run's own turns replay it, byte for byte.
        let robin = try StepvizBinary.run(["events", "scheduler", "--scene", "actors", "--ops", "send counter 3"])
        let schedule = Self.turns(of: robin.standardOutputText).map(String.init).joined(separator: ",")
        let replayed = try StepvizBinary.run([
            "events", "scheduler", "--scene", "actors", "--ops", "send counter 3", "--schedule", schedule,
        ])
        #expect(replayed.standardOutput == robin.standardOutput)
        let only = try StepvizBinary.run(["events", "scheduler", "--schedule", "2,2", "--schedule-only"])
        #expect(Self.turns(of: only.standardOutputText) == [2, 2])
    }
}
