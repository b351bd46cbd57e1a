import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The threading panel at every size from its minimum to 200x60 writes
/// only inside its rectangle, and draws something there.
@Suite struct ThreadingPanelSentinelTests {
    @Test func everySizeWritesOnlyInsideItsArea() throws {
        let four = try ThreadingRuns.session(EventRunOptions(seed: 5).with(\.scene, "producer-consumer").with(\.threads, 4))
        let models = [
            ThreadingPanelModel(), try ThreadingRuns.stolen(), try ThreadingRuns.producerWaits(), try ThreadingRuns.lost(),
            try ThreadingRuns.reentrantTwice(), ThreadingRuns.model(four) { $0.turns == 30 },
        ]
        let minimum = ThreadingPanel.minimumSize
        for model in models {
            for width in stride(from: minimum.width, through: 200, by: 7) {
                for height in stride(from: minimum.height, through: 60, by: 4) {
                    SentinelCheck.check(ThreadingPanel.self, model, animation: nil, width: width, height: height)
                }
            }
            SentinelCheck.check(ThreadingPanel.self, model, animation: nil, width: 200, height: 60, glyphs: .ascii)
        }
    }
}
