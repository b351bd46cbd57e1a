import StepvizTestSupport
import Testing

/// Malformed input through the built binary: one line on stderr naming the
/// offending text, exit status 2, nothing on stdout.
@Suite("bad input (binary)")
struct BadInputTests {
    @Test(
        "exit status 2 with one line naming the bad text",
        arguments: [
            (["events", "nosuch"], "nosuch"),
            (["events", "heap", "--ops", "shove 3"], "shove"),
            (["events", "heap", "--ops", "push 1; push x1"], "x1"),
            (["events", "heap", "--ops", "push"], "push"),
            (["events", "heap", "--seed", "abc"], "abc"),
            (["events", "heap", "--seed", "1.5"], "1.5"),
            (["events", "heap", "--seed", "-5"], "-5"),
            (["events", "deque", "--maxlen", "-2"], "-2"),
            (["events", "deque", "--ops", "append 1; rotate x"], "x"),
            (["events", "deque", "--ops", "appendright 1"], "appendright"),
            (["events", "lru", "--capacity", "-1"], "-1"),
            (["events", "lru", "--ops", "put 1"], "put 1"),
            (["events", "lru", "--ops", "get one"], "one"),
            (["events", "locks", "--scene", "nosuch"], "nosuch"),
            (["events", "locks", "--scene", "philosophers", "--threads", "999"], "999"),
            (["events", "locks", "--threads", "two"], "two"),
            (["events", "scheduler", "--ops", "countdown x"], "x"),
            (["events", "scheduler", "--ops", "sprint 3"], "sprint"),
            (["events", "scheduler", "--scene", "stage"], "stage"),
            (["watch", "heap", "--speed", "0"], "0"),
            (["watch", "nosuch"], "nosuch"),
            (["events", "heap", "--scene", "naive"], "naive"),
            (["events", "deque", "--scene", "requests"], "--scene"),
            (["events", "heap", "--maxlen", "3"], "--maxlen"),
            (["events", "deque", "--capacity", "3"], "--capacity"),
            (["events", "lru", "--threads", "3"], "--threads"),
            (["events", "scheduler", "--ordered"], "--ordered"),
            (["record", "heap", "--out", "/tmp/stepviz-never.cast", "--maxlen", "3"], "--maxlen"),
            (["events", "heap", "--ops", "push 1\npush\u{1B}[31m"], "\\u{1B}[31m"),
            (["watch", "heap", "--ops", "pop; pop; shove"], "shove"),
            (["record", "locks", "--out", "/tmp/stepviz-never.cast", "--keys", "s pagedown"], "'pagedown' is not a key"),
            (["record", "locks", "--out", "/tmp/stepviz-never.cast", "--keys", " "], "--keys needs at least one key"),
        ])
    func rejected(arguments: [String], offending: String) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(!result.standardError.dropLast().contains { $0.isNewline || $0 == "\u{1B}" }, "one line, no control characters")
        #expect(result.standardError.contains(offending), "\(result.standardError)")
    }

    /// Output that cannot be written is an error, not a silent success.
    @Test func eventsToAFullDeviceFails() throws {
        let heapify = "heapify " + (1...20_000).map(String.init).joined(separator: " ")
        let result = try StepvizBinary.runWithStandardOutput(to: "/dev/full", ["events", "heap", "--ops", heapify])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot write the event stream"))
    }
}
