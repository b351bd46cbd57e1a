import Foundation
import StepvizTestSupport
import Testing

/// `stepviz explore threading` through the built binary: the broken scenes
/// exit 1 with the shortest schedule to their failure, which `events
/// --schedule` replays to the same failure; the fixed ones exit 0.
@Suite("explore threading (binary)")
struct ExploreThreadingTests {
    /// The first pasteable line of `text` and its schedule.
    static func command(in text: String) throws -> [String] {
        let line = try #require(text.split(separator: "\n").first { $0.contains("stepviz watch threading") })
        return line[try #require(line.range(of: "stepviz watch ")).upperBound...].split(separator: " ").map(String.init)
    }

    @Test func stolenWakeupIsFoundAndItsScheduleReplaysToTheIndexError() throws {
        let result = try StepvizBinary.run(["explore", "threading", "--scene", "stolen-wakeup"])
        #expect(result.status == 1, "\(result.standardError)")
        let text = result.standardOutputText
        #expect(text.contains("errors found: 2"))
        #expect(text.contains("raised IndexError: pop from an empty deque"))
        #expect(text.contains("result: an error is reachable"))
        let command = try Self.command(in: text)
        let schedule = try #require(command.last).split(separator: ",")
        #expect(schedule.count == 11, "the shortest stolen wakeup is eleven steps")
        let replay = try StepvizBinary.run(["events"] + command)
        #expect(replay.status == 0)
        let raised = try #require(replay.standardOutputText.split(separator: "\n").first { $0.contains("\"type\":\"raised\"") })
        // It falls in the schedule's last step.
        #expect(raised.contains("\"op\":\(schedule.count)") && raised.contains("\"error\":\"IndexError\""))
    }

    @Test func lostWakeupIsFoundAndItsScheduleReplaysToTheStuckEnd() throws {
        let result = try StepvizBinary.run(["explore", "threading", "--scene", "lost-wakeup"])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutputText.contains("stuck runs found: 1"))
        let command = try Self.command(in: result.standardOutputText)
        let replay = try StepvizBinary.run(["events"] + command)
        #expect(replay.status == 0)
        #expect(replay.standardOutputText.contains("\"type\":\"stuck\""))
    }

    @Test(arguments: [["--scene", "stolen-wakeup", "--fixed"], ["--scene", "lost-wakeup", "--fixed"], ["--scene", "reentrant"]])
    func fixedVersionsAreClean(scene: [String]) throws {
        let result = try StepvizBinary.run(["explore", "threading"] + scene)
        #expect(result.status == 0, "\(result.standardOutputText)\(result.standardError)")
        #expect(result.standardOutputText.contains("result: no deadlock, no stuck run and no error is reachable"))
    }

    @Test func plainLockWaitsForItself() throws {
        let result = try StepvizBinary.run(["explore", "threading", "--scene", "reentrant", "--plain-lock"])
        #expect(result.status == 1)
        #expect(
            result.standardOutputText.contains(
                "shortest schedule (2 steps): stepviz watch threading --scene reentrant --plain-lock --schedule 1,1"))
    }

    @Test func jsonNamesTheErrors() throws {
        let result = try StepvizBinary.run(["explore", "threading", "--scene", "lost-wakeup", "--json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput)) as? [String: Any])
        #expect((object["stuck"] as? [[String: Any]])?.count == 1)
        #expect((object["errors"] as? [[String: Any]])?.isEmpty == true)
        #expect(object["scene"] as? String == "lost-wakeup")
    }

    @Test(
        "bad input exits 2",
        arguments: [
            (["explore", "threading", "--maxsize", "0"], "0"), (["explore", "threading", "--scene", "reentrant", "--fixed"], "--fixed"),
            (["explore", "threading", "--scene", "stolen-wakeup", "--threads", "5"], "5"),
            (["explore", "threading", "--scene", "lost-wakeup", "--plain-lock"], "--plain-lock"),
        ])
    func badInput(arguments: [String], offending: String) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(offending))
    }
}
