import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct WatchAppTests {
    /// Stepping back restores exactly the frame shown before stepping forward.
    @Test func stepBackRestoresTheEarlierFrame() throws {
        var app = try HeapApps.paused()
        var frames: [Canvas] = []
        for _ in 0..<25 {
            app.settle()
            frames.append(app.view(width: 80, height: 24))
            app.press(.character("l"))
        }
        app.settle()
        for expected in frames.reversed() {
            app.press(.character("h"))
            #expect(app.view(width: 80, height: 24) == expected)
        }
    }

    @Test func promptRunsOnTheRealHeapThenAnimates() throws {
        var app = try HeapApps.paused()
        app.press(.character("G"))
        let before = app.playback.stepCount
        app.press(.character(":"))
        for character in "push -5" { app.press(.character(character)) }
        #expect(app.view(width: 80, height: 24).lines[23].hasPrefix(":push -5"))
        app.press(.enter)
        #expect(app.playback.stepCount > before)
        #expect(app.playback.player.isPlaying)
        #expect(app.playback.player.position == before, "starts at the new operation's first step")
        for _ in 0..<200 { app.updateInline(.tick(milliseconds: 100)) }
        #expect(app.model.replay.items?.first == -5)
        #expect(!app.playback.player.isPlaying, "stops at the end again")
    }

    @Test func malformedPromptChangesNothingButTheStatus() throws {
        var app = try HeapApps.paused()
        app.press(.right, times: 3)
        let steps = app.playback.stepCount
        let position = app.playback.player.position
        app.press(.character(":"))
        for character in "push x" { app.press(.character(character)) }
        app.press(.enter)
        #expect(app.playback.stepCount == steps && app.playback.player.position == position)
        #expect(app.view(width: 80, height: 24).lines[23].contains("not a value in 'push x': x"))
        app.press(.right)
        #expect(app.status == nil, "the next key clears the message")
    }

    @Test func escapeCancelsThePromptAndBackspaceEdits() throws {
        var app = try HeapApps.paused()
        app.press(.character(":"))
        app.press(.character("p"))
        app.press(.character("x"))
        app.press(.backspace)
        #expect(app.mode == .prompt("p"))
        app.press(.escape)
        #expect(app.mode == .playing)
    }

    @Test func helpOpensAndClosesAndQuitQuits() throws {
        var app = try HeapApps.paused()
        app.press(.character("?"))
        #expect(app.mode == .help)
        app.press(.escape)
        #expect(app.mode == .playing)
        #expect(app.updateInline(.key(.character("q"))).isQuit)
    }

    /// The endless demo never reaches its end, and a seed replays exactly.
    @Test func demoKeepsGoingAndIsReproducible() throws {
        var first = try HeapApps.demo(seed: 9)
        var second = try HeapApps.demo(seed: 9)
        for _ in 0..<3000 {
            first.updateInline(.tick(milliseconds: 50))
            second.updateInline(.tick(milliseconds: 50))
        }
        #expect(first.playback.player.isPlaying)
        #expect(first.playback.player.position > 300)
        #expect(first.view(width: 80, height: 24) == second.view(width: 80, height: 24))
    }

    @Test func restartTakesTheNextSeed() throws {
        var app = try HeapApps.demo(seed: 4, paused: true)
        app.press(.character("r"))
        #expect(app.playback.seed == 5)
        #expect(app.playback.player.position == 0)
        let fresh = try HeapApps.demo(seed: 5, paused: true)
        #expect(app.playback.operationCount == fresh.playback.operationCount)
        #expect(
            (0..<app.playback.operationCount).map(app.playback.operationLabel)
                == (0..<fresh.playback.operationCount).map(fresh.playback.operationLabel))
    }

    /// A tick covering many steps (top speed, a slow frame) never finds the
    /// endless demo's end: it keeps playing.
    @Test func bigTicksNeverPauseTheEndlessDemo() throws {
        var app = try PanelScreens.make("heap", EventRunOptions(seed: 2), endless: true, paused: false, speed: 64)
        for _ in 0..<50 {
            app.updateInline(.tick(milliseconds: 1000))
            #expect(app.playback.player.isPlaying)
        }
        #expect(app.playback.player.position == 50 * 1000 / app.playback.player.stepPeriod, "every step of 50 s at top speed")
    }
}
