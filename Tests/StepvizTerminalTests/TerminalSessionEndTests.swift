import Glibc
import Testing

@testable import StepvizTerminal

@Suite("TerminalSessionEnd")
struct TerminalSessionEndTests {
    @Test("exit statuses follow the shell convention")
    func exitStatuses() {
        #expect(TerminalSessionEnd.quit.exitStatus == 0)
        #expect(TerminalSessionEnd.signal(SIGINT).exitStatus == 130)
        #expect(TerminalSessionEnd.signal(SIGTERM).exitStatus == 143)
    }
}
