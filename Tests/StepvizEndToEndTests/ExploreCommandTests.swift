import Foundation
import StepvizTestSupport
import Testing

/// `stepviz explore` through the built binary: exit codes, the report, and
/// the printed schedule replaying to the same deadlock with `events --schedule`.
@Suite("explore (binary)")
struct ExploreCommandTests {
    @Test func naiveDeadlockIsFoundAndItsScheduleReplays() throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "naive"])
        #expect(result.status == 1, "\(result.standardError)")
        let text = result.standardOutputText
        #expect(text.contains("deadlocks found: 2"))
        #expect(text.contains("result: a deadlock is reachable"))
        let line = try #require(text.split(separator: "\n").first { $0.contains("stepviz watch locks") })
        let command = line[try #require(line.range(of: "stepviz watch ")).upperBound...].split(separator: " ").map(String.init)
        #expect(command.suffix(2).first == "--schedule")
        let schedule = try #require(command.last)
        #expect(schedule.split(separator: ",").count == 4, "the shortest deadlock is four steps")
        let replay = try StepvizBinary.run(["events"] + command)
        #expect(replay.status == 0)
        let events = replay.standardOutputText.split(separator: "\n")
        let deadlock = try #require(events.first { $0.contains("\"type\":\"deadlock\"") })
        // The deadlock falls in the schedule's last step (op 4).
        #expect(deadlock.contains("\"op\":4"))
        let summary = try #require(text.split(separator: "\n").first { $0.contains("(victim: thread") })
        #expect(summary.contains(try #require(deadlock.components(separatedBy: "\"lines\":[\"").last?.components(separatedBy: "\"").first)))
    }

    /// Two and three threads (source-DPOR could not finish three: the
    /// default state caching does, in about a thousand schedules); four
    /// threads and five philosophers are the `explore.*` bench rows.
    @Test(arguments: ["2", "3"])
    func orderedIsClean(threads: String) throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "ordered", "--threads", threads])
        #expect(result.status == 0, "\(result.standardOutputText)\(result.standardError)")
        #expect(result.standardOutputText.contains("(state caching)"))
        #expect(result.standardOutputText.contains("cut by the state cache"))
        #expect(result.standardOutputText.contains("result: no deadlock and no violation is reachable"))
    }

    /// The reductions of `--reduction` all find the naive pair's deadlocks.
    @Test(arguments: ["states", "source"])
    func everyReductionFindsTheNaiveDeadlocks(reduction: String) throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "naive", "--reduction", reduction])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutputText.contains("deadlocks found: 2"))
    }

    @Test func violationIsReported() throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "violation"])
        #expect(result.status == 1)
        #expect(result.standardOutputText.contains("violations found: 1"))
    }

    @Test func jsonReport() throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "naive", "--json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
        #expect(object["distinct_end_states"] as? Int == 3)
        #expect((object["deadlocks"] as? [[String: Any]])?.count == 2)
        #expect(object["stopped_early"] as? Bool == false)
        #expect((object["schedules_tried"] as? Int ?? 0) > 0)
        #expect((object["cache_cut_runs"] as? Int ?? 0) > 0)
        #expect((object["distinct_states"] as? Int ?? 0) > 0)
    }

    @Test func maxSchedulesStopsEarlyAndSaysSo() throws {
        let result = try StepvizBinary.run(["explore", "locks", "--scene", "ordered", "--max-schedules", "5"])
        #expect(result.status == 3)
        #expect(result.standardOutputText.contains("stopped early"))
    }

    @Test(
        "bad input exits 2",
        arguments: [
            (["explore", "heap"], "heap"), (["explore", "locks", "--scene", "nosuch"], "nosuch"),
            (["explore", "locks", "--max-schedules", "0"], "0"), (["explore", "locks", "--reduction", "half"], "half"),
            (["explore", "locks", "--scene", "naive", "--ordered"], "--ordered"),
            (["explore", "scheduler", "--ops", "countdown x"], "x"),
            (["explore", "scheduler", "--threads", "3"], "--threads"),
            (["explore", "locks", "--ops", "push 1"], "--ops push 1"),
        ])
    func badInput(arguments: [String], offending: String) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(offending))
    }

    /// The scheduler: every distinct transcript is an end state (the
    /// interleavings of the printed lines), nothing deadlocks, and the JSON
    /// names the scene.
    @Test func schedulerTranscriptsAreCounted() throws {
        let result = try StepvizBinary.run(["explore", "scheduler", "--ops", "countdown 2; countup 2", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
        #expect(object["panel"] as? String == "scheduler")
        #expect(object["ops"] as? String == "countdown 2; countup 2")
        // 3 lines of the countdown and 2 of the countup, interleaved: 5!/(3!2!).
        #expect(object["distinct_end_states"] as? Int == 10)
        #expect((object["deadlocks"] as? [Any])?.isEmpty == true)
        let actors = try StepvizBinary.run(["explore", "scheduler", "--scene", "actors", "--ops", "send counter 3"])
        #expect(actors.status == 0)
        #expect(actors.standardOutputText.contains("distinct end states: 1"))
        #expect(actors.standardOutputText.contains("result: no deadlock and no violation is reachable"))
    }
}
