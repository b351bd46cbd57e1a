import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// A bounded history (`--history N`): the oldest whole operations go, the
/// positions kept show exactly what they showed before, and stepping back
/// stops at the oldest kept step and says so.
@Suite struct BoundedHistoryTests {
    @Test(arguments: [1, 5, 32]) func forgettingLeavesEveryKeptPositionAsItWas(interval: Int) {
        let source = HeapStepSource(setup: HeapSetup(), demoSeed: 4, limit: 60)
        let full = source.steps
        var timeline = Timeline<HeapStepSource, HeapPanelModel>(source: source, snapshotInterval: interval)
        var folded = [HeapPanelModel()]
        for step in full {
            var next = folded.last!
            next.apply(step)
            folded.append(next)
        }
        var random = SeededGenerator(seed: 9)
        for cut in stride(from: 17, to: timeline.count - 10, by: 23) {
            timeline.forget(operationsBefore: cut)
            let first = timeline.firstPosition
            #expect(first <= cut, "never past the cut (a cut inside the first operation forgets nothing)")
            #expect(timeline.steps.startIndex == first)
            #expect(first == 0 || full[first - 1].op != full[first].op, "whole operations go")
            for _ in 0..<40 {
                let position = Int.random(in: first...timeline.count, using: &random)
                #expect(timeline.model(at: position) == folded[position])
            }
            #expect(timeline.model(at: 0) == folded[first], "earlier positions clamp to the oldest kept")
        }
        #expect(timeline.firstPosition > timeline.count / 2, "most of the run was forgotten")
    }

    /// Every panel's endless demo at top speed keeps at most about its limit.
    @Test(arguments: PanelCatalog.standard.names) func endlessDemoStaysBounded(panel: String) throws {
        let limit = 400
        var screen = PlaybackScreen(
            playback: try PanelCatalog.standard.prepare(panel: panel, options: EventRunOptions(seed: 2))
                .playback(endless: true, speed: 64, history: limit),
            capabilities: .full)
        for _ in 0..<300 { screen.updateInline(.tick(milliseconds: 250)) }
        let playback = screen.playback
        #expect(playback.player.position > 3 * limit, "it ran well past the limit")
        #expect(playback.firstKeptPosition > 0)
        let kept = playback.stepCount - playback.firstKeptPosition
        #expect(kept <= limit + limit / 8 + 200, "\(kept) steps kept")
        screen.press(.character(" "))
        screen.press(.character("g"))
        #expect(screen.playback.player.position == screen.playback.firstKeptPosition)
        #expect(screen.status?.text.contains("the oldest step kept") == true)
        screen.press(.left)
        #expect(screen.playback.player.position == screen.playback.firstKeptPosition)
        _ = screen.view(width: 80, height: 24)
    }
}
