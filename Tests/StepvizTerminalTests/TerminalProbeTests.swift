import StepvizRender
import Testing

@testable import StepvizTerminal

@Suite("TerminalProbe")
struct TerminalProbeTests {
    @Test("terminfo: screen terminals are usable, dumb cannot address the cursor, nonsense is unknown")
    func terminfo() {
        #expect(TerminalProbe.terminfo(for: "xterm-256color") == .usable(colors: 256))
        #expect(TerminalProbe.terminfo(for: "screen") == .usable(colors: 8))
        #expect(TerminalProbe.terminfo(for: "vt100") == .usable(colors: 0))
        #expect(TerminalProbe.terminfo(for: "dumb") == .cannotAddressCursor)
        #expect(TerminalProbe.terminfo(for: "no-such-terminal-xyz") == .unknown)
    }

    @Test("each failed check is a one-line error naming what is wrong")
    func failures() throws {
        let cases: [(Bool, Bool, String?, String)] = [
            (false, true, "xterm", "standard input is not a terminal"),
            (true, false, "xterm", "standard output is not a terminal"),
            (true, true, nil, "TERM is not set"),
            (true, true, "", "TERM is not set"),
            (true, true, "dumb", "'dumb'"),
            (true, true, "no-such-terminal-xyz", "'no-such-terminal-xyz'"),
        ]
        for (input, output, term, fragment) in cases {
            do {
                _ = try TerminalProbe.check(inputIsTerminal: input, outputIsTerminal: output, term: term)
                Issue.record("expected an error for \(input) \(output) \(String(describing: term))")
            } catch {
                #expect(error.message.contains(fragment))
                #expect(!error.message.contains("\n"))
            }
        }
        #expect(try TerminalProbe.check(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color") == 256)
    }

    @Test("colour needs eight colours and NO_COLOR unset or empty; Unicode needs UTF-8")
    func capabilities() {
        #expect(TerminalProbe.capabilities(colors: 256, noColor: nil, codesetIsUTF8: true) == .full)
        #expect(TerminalProbe.capabilities(colors: 8, noColor: "", codesetIsUTF8: true).color)
        #expect(!TerminalProbe.capabilities(colors: 256, noColor: "1", codesetIsUTF8: true).color)
        #expect(!TerminalProbe.capabilities(colors: 0, noColor: nil, codesetIsUTF8: true).color)
        #expect(!TerminalProbe.capabilities(colors: 2, noColor: nil, codesetIsUTF8: true).color)
        #expect(!TerminalProbe.capabilities(colors: 256, noColor: nil, codesetIsUTF8: false).unicode)
    }
}
