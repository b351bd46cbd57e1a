import Foundation
import StepvizRender
import Testing

/// `stepviz watch P --paused` for every panel in a real terminal (tmux): the
/// same position always draws the same screen, the `:` prompt runs an
/// operation or names what is wrong with it, help, quit, NO_COLOR and a
/// big pane.
@Suite("every panel's watch screen in tmux")
struct PanelScreensInTmuxTests {
    struct Panel: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        /// An operation the prompt accepts for this panel.
        var operation: String
        var testDescription: String { name }

        var command: [String] { [StepvizBinary.path, "watch", name] + arguments + ["--paused"] }
    }

    static let panels: [Panel] = [
        Panel(name: "heap", arguments: ["--ops", "heapify 3 10 1000 -99 4 100; pop"], operation: "push 7"),
        Panel(
            name: "deque", arguments: ["--maxlen", "3", "--ops", "extend 9 2 3; extend 7 8; extendleft 1 2; rotate 1"],
            operation: "append 5"),
        Panel(
            name: "lru", arguments: ["--capacity", "2", "--ops", "put 1 10; put 2 20; get 1; put 3 30; get 2"],
            operation: "get 1"),
        Panel(name: "locks", arguments: ["--scene", "naive", "--seed", "3"], operation: "scene philosophers"),
        Panel(name: "scheduler", arguments: ["--ops", "countdown 3; countup 4"], operation: "countdown 2"),
        Panel(name: "eventloop", arguments: ["--ops", "connect; send 1 hello; close 1"], operation: "connect; send 1 hi"),
        Panel(name: "threading", arguments: ["--scene", "stolen-wakeup", "--seed", "2"], operation: "scene lost-wakeup; fixed"),
    ]

    @Test("Every panel of the catalog has a screen test here")
    func everyPanelIsCovered() {
        #expect(Set(Self.panels.map(\.name)) == Set(PanelCatalog.standard.names))
    }

    /// Steps forward `count` times from where the viewer is, one key at a
    /// time, and returns the screen at each new position.
    private static func stepForward(_ tmux: TmuxSession, from start: Int, count: Int) throws -> [Int: String] {
        var screens: [Int: String] = [:]
        for position in start + 1...start + count {
            try tmux.sendKeys("Right")
            screens[position] = try tmux.waitForSettledScreen("step \(position) after →", Screen.isPaused(at: position))
        }
        return screens
    }

    @Test("step forward, back and forward again to identical screens; the prompt; help; quit", arguments: panels)
    func stepPromptHelpQuit(panel: Panel) throws {
        let tmux = try TmuxSession(command: panel.command)
        defer { tmux.close() }
        let start = try tmux.waitForSettledScreen("the opening step", Screen.isPausedAnywhere)
        let opening = Screen.position(start)
        #expect(try tmux.format("#{alternate_on}") == "1")
        #expect(Screen.header(TmuxSession.plain(start)).contains(" \(panel.name) "))

        var screens = try Self.stepForward(tmux, from: opening, count: 6)
        screens[opening] = start
        #expect(Set(screens.values).count == 7, "every step draws a different screen")

        // Back two steps past the opening, every screen on the way the one
        // first drawn there, colours included; then forward again.
        for position in stride(from: opening + 5, through: opening + 2, by: -1) {
            try tmux.sendKeys("Left")
            #expect(
                try tmux.waitForSettledScreen("step \(position) after ←", Screen.isPaused(at: position)) == screens[position],
                "step \(position) going back")
        }
        for position in opening + 3...opening + 6 {
            try tmux.sendKeys("Right")
            #expect(
                try tmux.waitForSettledScreen("step \(position) after → again", Screen.isPaused(at: position)) == screens[position],
                "step \(position) going forward again")
        }

        // The prompt runs an operation: the header counts one more beyond
        // the operations given. (The typed line itself shows no header.)
        let before = try #require(Screen.operation(TmuxSession.plain(screens[opening + 6]!)))
        try tmux.sendKeys(":")
        try tmux.waitForScreen("the prompt") { Screen.statusRow($0).hasPrefix(":") }
        try tmux.type(panel.operation)
        try tmux.sendKeys("Enter")
        let ran = TmuxSession.plain(
            try tmux.waitForScreen("'\(panel.operation)' run (op beyond \(before.total))") {
                (Screen.operation($0)?.index ?? 0) > before.total && !Screen.statusRow($0).hasPrefix(":")
            })
        #expect((Screen.operation(ran)?.total ?? 0) > before.total)

        // A malformed one is named in the status row, and nothing runs.
        try tmux.sendKeys("Space")  // pause what the new operation started
        try tmux.waitForScreen("paused again") { Screen.header($0).contains("paused") }
        let paused = TmuxSession.plain(try tmux.waitForSettledScreen("paused, settled") { Screen.header($0).contains("paused") })
        try tmux.sendKeys(":")
        try tmux.waitForScreen("the prompt again") { Screen.statusRow($0).hasPrefix(":") }
        try tmux.type("bogus 1")
        try tmux.sendKeys("Enter")
        let refused = TmuxSession.plain(
            try tmux.waitForScreen("the error for 'bogus 1'") {
                Screen.statusRow($0).contains("'bogus") && !Screen.statusRow($0).hasPrefix(":")
            })
        #expect(Screen.operation(refused)?.total == Screen.operation(paused)?.total, "nothing was added")
        #expect(Screen.step(refused)?.position == Screen.step(paused)?.position, "nothing moved")

        // ? opens the help; Esc closes it.
        try tmux.sendKeys("?")
        try tmux.waitForScreen("the help") { screen in KeyBinding.all.allSatisfy { screen.contains($0.action) } }
        try tmux.sendKeys("Escape")
        try tmux.waitForScreen("the help closed") { !$0.contains(KeyBinding.all[0].action) }

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("locks, naive: step into the deadlock report, back out of it and into it again")
    func naiveDeadlock() throws {
        let locks = Self.panels.first { $0.name == "locks" }!
        let tmux = try TmuxSession(command: locks.command)
        defer { tmux.close() }
        let start = try tmux.waitForSettledScreen("the opening step", Screen.isPausedAnywhere)
        #expect(!TmuxSession.plain(start).contains("deadlock detected"))
        // The scene opens after its setup: the threads and locks are drawn.
        #expect(TmuxSession.plain(start).contains("T1") && !TmuxSession.plain(start).contains("(no run yet)"))

        var position = Screen.position(start)
        #expect(position > 0)
        var report = ""
        while position < 100 {
            try tmux.sendKeys("Right")
            position += 1
            report = try tmux.waitForSettledScreen("step \(position)", Screen.isPaused(at: position))
            if TmuxSession.plain(report).contains("deadlock detected") { break }
        }
        let plainReport = TmuxSession.plain(report)
        try #require(plainReport.contains("deadlock detected"), "no deadlock report in \(position) steps")
        #expect(plainReport.contains("thread 1 waits for lock y"))
        #expect(plainReport.contains("thread 2 waits for lock x"))

        try tmux.sendKeys("Left")
        let before = try tmux.waitForSettledScreen("step \(position - 1)", Screen.isPaused(at: position - 1))
        #expect(!TmuxSession.plain(before).contains("deadlock detected"), "the report belongs to step \(position) only")
        try tmux.sendKeys("Right")
        #expect(try tmux.waitForSettledScreen("step \(position) again", Screen.isPaused(at: position)) == report)
        // g goes back to before the setup: nothing has run there yet.
        try tmux.sendKeys("g")
        #expect(TmuxSession.plain(try tmux.waitForSettledScreen("step 0 after g", Screen.isPaused(at: 0))).contains("(no run yet)"))

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test("NO_COLOR=1 draws no colour at all; without it there is colour", arguments: panels)
    func noColor(panel: Panel) throws {
        var screens: [Bool: String] = [:]
        for noColor in [true, false] {
            let tmux = try TmuxSession(command: panel.command, environment: noColor ? ["NO_COLOR": "1"] : [:])
            defer { tmux.close() }
            let opening = Screen.position(try tmux.waitForSettledScreen("the opening step", Screen.isPausedAnywhere))
            _ = try Self.stepForward(tmux, from: opening, count: 3)
            screens[noColor] = try tmux.waitForSettledScreen("3 steps on", Screen.isPaused(at: opening + 3))
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == 0)
        }
        let monochrome = Screen.colourParameters(screens[true]!)
        #expect(monochrome.isEmpty, "colour under NO_COLOR: \(Set(monochrome).sorted())")
        #expect(!Screen.colourParameters(screens[false]!).isEmpty, "the colour check never sees colour")
        // The same picture apart from colour.
        #expect(TmuxSession.plain(screens[true]!) == TmuxSession.plain(screens[false]!))
    }

    @Test("a 200×60 pane is drawn edge to edge", arguments: panels)
    func bigPane(panel: Panel) throws {
        let tmux = try TmuxSession(command: panel.command, width: 200, height: 60)
        defer { tmux.close() }
        let screen = TmuxSession.plain(try tmux.waitForSettledScreen("the opening step at 200×60", Screen.isPausedAnywhere))
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(rows.count == 60)
        #expect(Screen.header(screen).contains(" \(panel.name) "))
        let edgeRows = rows.filter { $0.count == 200 && "┐│┘".contains($0.last!) }
        #expect(edgeRows.count >= 20, "boxes reach the right edge on \(edgeRows.count) rows only:\n\(screen)")
        #expect(rows.contains { $0.hasPrefix("└") }, "boxes reach the bottom")
        #expect(screen.contains("─ "), "boxes drawn")
        _ = try Self.stepForward(tmux, from: Screen.position(screen), count: 2)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }
}
