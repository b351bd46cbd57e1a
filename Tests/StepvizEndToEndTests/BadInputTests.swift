import Testing

/// Malformed input through the built binary: one line on stderr naming the
/// offending text, exit status 2, nothing on stdout.
@Suite("bad input (binary)")
struct BadInputTests {
    @Test("exit status 2 with one line naming the bad text", arguments: [
        (["events", "nosuch"], "nosuch"),
        (["events", "heap", "--ops", "shove 3"], "shove"),
        (["events", "heap", "--ops", "push 1; push x1"], "x1"),
        (["events", "heap", "--ops", "push"], "push"),
        (["events", "heap", "--seed", "abc"], "abc"),
        (["events", "heap", "--seed", "1.5"], "1.5"),
    ])
    func rejected(arguments: [String], offending: String) throws {
        let result = try StepvizBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(offending), "\(result.standardError)")
    }
}
