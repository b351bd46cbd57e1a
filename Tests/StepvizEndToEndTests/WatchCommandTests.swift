import Foundation
import StepvizRender
import StepvizTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `stepviz watch heap` in a real terminal (tmux at 80×24): the keys a user
/// presses and the screens they see, down to the terminal being given back.
@Suite("stepviz watch heap in tmux")
struct WatchCommandTests {
    private static let ops = "heapify 3 10 1000 -99 4 100; pop"

    private static func start(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(
            command: [StepvizBinary.path, "watch", "heap", "--ops", ops, "--paused"],
            width: width, height: height, environment: environment)
    }

    /// The header's "step N/" counter (the command line is never shown, so
    /// this text can only come from the program).
    private static func atStep(_ step: Int) -> (String) -> Bool {
        { $0.contains(" step \(step)/") && $0.contains("paused") }
    }

    @Test("start, step forward and back to the exact earlier screens, help, Esc, quit with the terminal restored")
    func stepHelpQuit() throws {
        let tmux = try Self.start()
        defer { tmux.close() }
        let first = try tmux.waitForScreen("step 0", Self.atStep(0))
        #expect(try tmux.format("#{alternate_on}") == "1")
        #expect(TmuxSession.plain(first).contains("heap"))

        try tmux.sendKeys("l")
        let second = try tmux.waitForScreen("step 1 after l", Self.atStep(1))
        try tmux.sendKeys("Right")
        let third = try tmux.waitForScreen("step 2 after Right", Self.atStep(2))
        #expect(second != first && third != second)

        // Stepping back restores exactly the earlier frames, colours included.
        try tmux.sendKeys("h")
        #expect(try tmux.waitForScreen("step 1 after h", Self.atStep(1)) == second)
        try tmux.sendKeys("Left")
        #expect(try tmux.waitForScreen("step 0 after Left", Self.atStep(0)) == first)

        // ? opens the help listing every key with its action; Esc closes it.
        try tmux.sendKeys("?")
        let help = TmuxSession.plain(
            try tmux.waitForScreen("the help overlay") { screen in
                KeyBinding.all.allSatisfy { screen.contains($0.action) }
            })
        for binding in KeyBinding.all {
            let row = help.split(separator: "\n").first { $0.contains(binding.action) }
            #expect(row?.contains(binding.keys) == true, "help row for \(binding.action) lacks \(binding.keys)")
        }
        try tmux.sendKeys("Escape")
        #expect(try tmux.waitForScreen("the help closed") { !$0.contains(KeyBinding.all[0].action) } == first)

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("Ctrl-C and SIGTERM end the viewer with 130 and 143 and give the terminal back")
    func signals() throws {
        for (stop, expected) in [("C-c", Int32(130)), ("SIGTERM", 143)] {
            let tmux = try Self.start()
            defer { tmux.close() }
            try tmux.waitForScreen("step 0", Self.atStep(0))
            #expect(try tmux.format("#{alternate_on}") == "1")
            if stop == "C-c" {
                try tmux.sendKeys("C-c")
            } else {
                #expect(kill(try tmux.programID(), SIGTERM) == 0)
            }
            #expect(try tmux.waitForExit() == expected, "\(stop)")
            #expect(try tmux.format("#{alternate_on}") == "0", "\(stop)")
        }
    }

    @Test(
        "a crash signal restores the terminal, then the process still dies of it",
        arguments: [SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE])
    func crash(signal: Int32) throws {
        // Backtracing off only to keep the test fast (symbolicating takes
        // seconds); with it on, the handler chains to it (checked by hand).
        let tmux = try Self.start(environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { tmux.close() }
        try tmux.waitForScreen("step 0", Self.atStep(0))
        #expect(try tmux.format("#{alternate_on}") == "1")
        #expect(kill(try tmux.programID(), signal) == 0)
        #expect(try tmux.waitForExit() == 128 + signal)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("a resize re-lays out at the same step; too small says so and recovers")
    func resize() throws {
        let tmux = try Self.start()
        defer { tmux.close() }
        try tmux.waitForScreen("step 0", Self.atStep(0))
        try tmux.sendKeys("l")
        try tmux.waitForScreen("step 1", Self.atStep(1))

        try tmux.tmux(["resize-window", "-t", "e2e", "-x", "120", "-y", "40"])
        let wide = TmuxSession.plain(
            try tmux.waitForScreen("120 columns at step 1") { screen in
                Self.atStep(1)(screen) && screen.split(separator: "\n").contains { $0.count > 100 }
            })
        #expect(wide.split(separator: "\n").count == 40)

        try tmux.tmux(["resize-window", "-t", "e2e", "-x", "30", "-y", "10"])
        try tmux.waitForScreen("the too-small message") { $0.contains("terminal too small") }

        try tmux.tmux(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
        try tmux.waitForScreen("step 1 again at 80×24") { Self.atStep(1)($0) && !$0.contains("too small") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(
        "without a terminal: exit 2 and one line, never escape codes",
        arguments: [
            ([] as [String], "standard input"),
            (["--ops", "push 1"], "standard input"),
        ])
    func noTerminal(extra: [String], expected: String) throws {
        // stdin is /dev/null and stdout a file: neither is a terminal.
        let result = try StepvizBinary.run(["watch", "heap"] + extra)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardErrorLines.count == 1)
        #expect(result.standardError.contains(expected))
        #expect(!result.standardError.contains("\u{1B}"))
    }

    @Test(
        "a TERM that cannot address the cursor, or no TERM: exit 2 and one line naming it",
        arguments: [
            ("dumb", "'dumb'"), ("no-such-terminal", "'no-such-terminal'"), ("", "TERM"),
        ])
    func badTerm(term: String, expected: String) throws {
        // A real terminal on both ends (tmux), only TERM is wrong.
        let errors = try TemporaryFile()
        let tmux = try TmuxSession(
            command: ["env", "TERM=\(term)", StepvizBinary.path, "watch", "heap", "--paused"],
            standardErrorPath: errors.path)
        defer { tmux.close() }
        #expect(try tmux.waitForExit() == 2)
        let message = String(decoding: try errors.contents(), as: UTF8.self)
        #expect(message.split(separator: "\n").count == 1)
        #expect(message.contains(expected), "\(message)")
        #expect(!message.contains("\u{1B}"))
        #expect(try tmux.format("#{alternate_on}") == "0")
    }
}
