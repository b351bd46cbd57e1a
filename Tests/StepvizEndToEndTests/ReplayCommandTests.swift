import Foundation
import StepvizTestSupport
import Testing

/// `stepviz replay` and `record --events`, through the binary: a saved
/// stream records to the same bytes as the run that wrote it, and a bad
/// stream is refused naming its line.
@Suite struct ReplayCommandTests {
    static let runs: [[String]] = [
        ["heap", "--ops", "heapify 3 10 1000 -99 4 100; pop; push 7"],
        ["deque", "--maxlen", "3", "--ops", "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1"],
        ["lru", "--capacity", "2", "--ops", "put 1 10; put 2 20; get 1; put 3 30; get 2"],
        ["locks", "--scene", "naive", "--seed", "3"],
        ["scheduler", "--ops", "countdown 3; countup 4"],
        ["scheduler", "--scene", "actors", "--ops", "send counter 2"],
        ["heap", "--seed", "5"],
    ]

    /// `record --events` of `events P ...` is byte for byte `record P ...`.
    @Test(arguments: runs) func recordingASavedStreamGivesTheSameBytes(run: [String]) throws {
        let stream = try TemporaryFile(suffix: ".jsonl")
        let events = try StepvizBinary.run(["events"] + run)
        #expect(events.status == 0, "\(events.standardError)")
        try Data(events.standardOutput).write(to: URL(fileURLWithPath: stream.path))
        for format in [".cast", ".svg"] {
            let direct = try TemporaryFile(suffix: format)
            let replayed = try TemporaryFile(suffix: format)
            let first = try StepvizBinary.run(["record"] + run + ["--out", direct.path], environment: ["NO_COLOR": nil])
            let second = try StepvizBinary.run(["record", "--events", stream.path, "--out", replayed.path], environment: ["NO_COLOR": nil])
            #expect(first.status == 0 && second.status == 0, "\(first.standardError) \(second.standardError)")
            let same = try direct.contents() == replayed.contents()
            #expect(same, "\(run) \(format): the saved stream records to the same bytes")
            #expect(try !direct.contents().isEmpty)
        }
    }

    @Test(arguments: [
        ("not json\n", "line 1"),
        (#"{"schema":"other","version":1,"panel":"heap"}"# + "\n", "line 1"),
        (
            #"{"schema":"stepviz-events","version":1,"panel":"heap"}"# + "\n" + #"{"seq":3,"op":0,"type":"begin","operation":"pop"}"#
                + "\n", "line 2"
        ),
        (
            #"{"schema":"stepviz-events","version":1,"panel":"heap"}"# + "\n" + #"{"seq":0,"op":0,"type":"begin","operation":"push 3"}"#
                + "\n", "state"
        ),
    ])
    func badStreamsAreOneLineAndStatus2(stream: String, named: String) throws {
        let file = try TemporaryFile(suffix: ".jsonl")
        try Data(stream.utf8).write(to: URL(fileURLWithPath: file.path))
        let output = try TemporaryFile(suffix: ".cast")
        for arguments in [["record", "--events", file.path, "--out", output.path], ["replay", file.path]] {
            let result = try StepvizBinary.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardErrorLines.count == 1)
            #expect(result.standardError.contains(named), "\(result.standardError)")
        }
        #expect(try output.contents().isEmpty, "nothing written")
    }

    /// A state that disagrees with its events is caught, naming the line.
    @Test func aStateThatLiesIsRefused() throws {
        let events = try StepvizBinary.run(["events", "heap", "--ops", "push 3; push 1"])
        let lied = events.standardOutputText.replacingOccurrences(of: #""items":[1,3]"#, with: #""items":[3,1]"#)
        #expect(lied != events.standardOutputText)
        let file = try TemporaryFile(suffix: ".jsonl")
        try Data(lied.utf8).write(to: URL(fileURLWithPath: file.path))
        let result = try StepvizBinary.run(["replay", file.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("line ") && result.standardError.contains("disagree"), "\(result.standardError)")
    }
}
