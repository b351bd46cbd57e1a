import Foundation
import Testing

/// "You schedule" in a real terminal: `s`, then the keys of a deadlocking
/// schedule on the naive scene, end in the library's deadlock report, and
/// the screen shows the schedule; `:schedule` prints the line, and that
/// line replays the same deadlock through `events`.
@Suite("you schedule in tmux")
struct HandScheduleInTmuxTests {
    @Test func pickingADeadlockByHand() throws {
        let tmux = try TmuxSession(command: [StepvizBinary.path, "watch", "locks", "--scene", "naive", "--paused", "--speed", "16"])
        defer { tmux.close() }
        try tmux.waitForSettledScreen("the opening step", Screen.isPausedAnywhere)
        try tmux.sendKeys("s")
        try tmux.waitForScreen("you schedule") { Screen.statusRow($0).contains("you schedule --schedule (none yet)") }
        #expect(Screen.header(try tmux.capture()).contains("goal: make the two threads deadlock"))
        for (count, key) in ["1", "2", "2", "1"].enumerated() {
            try tmux.sendKeys(key)
            let picks = ["1", "2", "2", "1"].prefix(count + 1).joined(separator: ",")
            try tmux.waitForSettledScreen("after picking \(picks)") { Screen.statusRow($0).contains("--schedule \(picks) ") }
        }
        let screen = TmuxSession.plain(try tmux.waitForSettledScreen("the deadlock") { $0.contains("goal reached in 4 steps!") })
        #expect(screen.contains("deadlock detected"))
        #expect(screen.contains("cycle: T1 → T2 → T1"))
        try tmux.sendKeys(":")
        try tmux.type("schedule")
        try tmux.sendKeys("Enter")
        let line = Screen.statusRow(
            TmuxSession.plain(
                try tmux.waitForScreen("the schedule line") {
                    Screen.statusRow(TmuxSession.plain($0)).hasPrefix("stepviz watch")
                })
        ).trimmingCharacters(in: .whitespaces)
        #expect(line == "stepviz watch locks --scene naive --schedule 1,2,2,1")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == 0)

        // The line replays the same deadlock.
        let replay = try StepvizBinary.run(["events", "locks", "--scene", "naive", "--schedule", "1,2,2,1", "--schedule-only"])
        #expect(replay.status == 0)
        let deadlock = replay.standardOutputText.split(separator: "\n").filter { $0.contains(#""type":"deadlock""#) }
        #expect(deadlock.count == 1 && deadlock[0].contains(#""cycle":[1,2],"victim":1"#))
    }
}
