import Foundation
import StepvizRender
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `stepviz` with no subcommand (the dashboard) in tmux: the focus keys,
/// stepping one panel, playing all, the layout following the pane's size,
/// and flat memory when left running.
@Suite("the dashboard in tmux")
struct DashboardInTmuxTests {
    static let names = PanelCatalog.standard.names
    /// The first box title of each panel, drawn only when that panel is.
    static let boxTitles = [
        "┌─ tree ", "┌─ deque ", "┌─ recency list ", "┌─ locks ", "┌─ run queue ", "┌─ interest list ",
        "┌─ locks, conditions, data ",
    ]

    /// The header names the focused panel as "N/count name".
    static func focused(_ number: Int) -> (String) -> Bool {
        { Screen.header($0).contains(" \(number)/\(names.count) \(names[number - 1]) ") }
    }

    static func focused(_ number: Int, atStep step: Int) -> (String) -> Bool {
        { focused(number)($0) && Screen.isPaused(at: step)($0) }
    }

    static func panelsDrawn(_ screen: String) -> Int {
        boxTitles.filter { screen.contains($0) }.count
    }

    /// The strip below the one focused panel at 80×24:
    /// "1 heap […]│2 deque […]│3 lru …│4 locks …│5 sched …│6 loop …", one
    /// cell each, numbered in catalog order.
    static func strip(_ screen: String) -> [String]? {
        for row in screen.split(separator: "\n") {
            let cells = row.split(separator: "│", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if cells.count == names.count, cells.enumerated().allSatisfy({ $0.element.hasPrefix("\($0.offset + 1) ") }),
                cells[0].hasPrefix("1 heap")
            {
                return cells
            }
        }
        return nil
    }

    @Test("200×60: every panel; tab, shift-tab and the number keys focus; → steps only the focused one; 80×24 and back keep it")
    func focusStepResize() throws {
        let tmux = try TmuxSession(command: [StepvizBinary.path, "--paused"], width: 200, height: 60)
        defer { tmux.close() }
        let start = TmuxSession.plain(
            try tmux.waitForScreen("every panel, heap focused") {
                Self.focused(1, atStep: 0)($0) && Self.panelsDrawn($0) == Self.names.count
            })
        for (index, name) in Self.names.enumerated() {
            #expect(start.contains("\(index + 1) \(name)"), "\(name) is not named on the screen")
        }
        #expect(try tmux.format("#{alternate_on}") == "1")

        try tmux.sendKeys("Tab")
        try tmux.waitForScreen("2 deque after tab", Self.focused(2))
        try tmux.sendKeys("Tab")
        try tmux.waitForScreen("3 lru after tab", Self.focused(3))
        try tmux.sendKeys("BTab")
        try tmux.waitForScreen("2 deque after shift-tab", Self.focused(2))
        for number in [Self.names.count, 3, 5, 4, 1, 2] {
            try tmux.sendKeys("\(number)")
            try tmux.waitForScreen("\(number) after \(number)", Self.focused(number))
        }

        // → steps the focused panel only; each keeps its own position.
        try tmux.sendKeys("1")
        try tmux.waitForScreen("heap at step 0", Self.focused(1, atStep: 0))
        try tmux.sendKeys("Right")
        try tmux.waitForScreen("heap at step 1", Self.focused(1, atStep: 1))
        try tmux.sendKeys("Right")
        try tmux.waitForScreen("heap at step 2", Self.focused(1, atStep: 2))
        try tmux.sendKeys("2")
        try tmux.waitForScreen("deque still at step 0", Self.focused(2, atStep: 0))
        try tmux.sendKeys("Right")
        try tmux.waitForScreen("deque at step 1", Self.focused(2, atStep: 1))
        try tmux.sendKeys("3")
        try tmux.waitForScreen("lru still at step 0", Self.focused(3, atStep: 0))
        try tmux.sendKeys("1")
        try tmux.waitForScreen("heap kept step 2", Self.focused(1, atStep: 2))
        try tmux.sendKeys("2")
        try tmux.waitForScreen("deque kept step 1", Self.focused(2, atStep: 1))

        // 80×24: the focused panel alone above the strip of every panel.
        try tmux.tmux(["resize-window", "-t", "e2e", "-x", "80", "-y", "24"])
        let small = TmuxSession.plain(
            try tmux.waitForScreen("one panel and the strip at 80×24") {
                Self.focused(2, atStep: 1)($0) && Self.strip($0) != nil && Self.panelsDrawn($0) == 1
            })
        #expect(small.contains(Self.boxTitles[1]), "the one panel drawn is the focused deque")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 80 })
        try tmux.sendKeys("1")
        try tmux.waitForScreen("heap focused at 80×24, still step 2") {
            Self.focused(1, atStep: 2)($0) && Self.panelsDrawn($0) == 1 && $0.contains(Self.boxTitles[0])
        }

        try tmux.tmux(["resize-window", "-t", "e2e", "-x", "200", "-y", "60"])
        try tmux.waitForScreen("every panel again at 200×60, heap at step 2") {
            Self.focused(1, atStep: 2)($0) && Self.panelsDrawn($0) == Self.names.count && Self.strip($0) == nil
        }

        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("space plays every panel at once: each summary in the strip changes")
    func spacePlaysAll() throws {
        let tmux = try TmuxSession(command: [StepvizBinary.path, "--paused"])
        defer { tmux.close() }
        let paused = try #require(
            Self.strip(
                TmuxSession.plain(
                    try tmux.waitForScreen("the strip") {
                        Self.focused(1, atStep: 0)($0) && Self.strip($0) != nil
                    })))
        try tmux.sendKeys("Space")
        let started = Date()
        let playing = try #require(
            Self.strip(
                TmuxSession.plain(
                    try tmux.waitForScreen("every summary changed") { screen in
                        guard let cells = Self.strip(screen), Screen.header(screen).contains("playing") else { return false }
                        return zip(cells, paused).allSatisfy { $0 != $1 }
                    })))
        // At 3 steps/s every demo shows something within about 2 s.
        #expect(Date().timeIntervalSince(started) < 10, "took \(Date().timeIntervalSince(started)) s")
        #expect(playing.count == Self.names.count)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
    }

    @Test("left running at 64 steps/s with --history 200, its memory stays flat (30 s vs 90 s)")
    func memoryStaysFlat() async throws {
        let tmux = try TmuxSession(
            command: [StepvizBinary.path, "--speed", "64", "--history", "200"],
            width: 200, height: 60)
        defer { tmux.close() }
        try tmux.waitForScreen("the dashboard playing") { Screen.header($0).contains("playing") }
        // A fixed span of running time is the point here: nothing to poll.
        // The readings are taken on a thread of their own: a Task.sleep on
        // the test pool once resumed some 70 s late (every pool thread was
        // busy in other tests' polling), so both readings came back to back
        // and the dashboard looked stopped.
        let session = UncheckedSendable(tmux)
        let readings = try await WallClockReadings.take(at: [30, 90]) {
            (try session.value.residentKilobytes(), Screen.step(TmuxSession.plain(try session.value.capture()))?.position ?? 0)
        }
        let (early, late) = (readings[0], readings[1])
        let interval = late.seconds - early.seconds
        #expect(interval >= 55, "the readings were \(interval) s apart, not 60 s: the reading thread was starved")
        #expect(
            late.step != early.step,
            "the dashboard stopped playing: step \(early.step) at \(early.seconds) s and still at \(late.seconds) s")
        let allowed = early.kilobytes + early.kilobytes / 20 + 2048
        #expect(
            late.kilobytes <= allowed,
            "VmRSS grew from \(early.kilobytes) kB at \(early.seconds) s to \(late.kilobytes) kB at \(late.seconds) s (allowed \(allowed) kB)"
        )
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
