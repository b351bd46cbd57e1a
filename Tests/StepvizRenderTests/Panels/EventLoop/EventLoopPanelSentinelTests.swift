import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The event-loop panel at every size from its minimum to 200x60 writes
/// only inside its rectangle, and draws something there.
@Suite struct EventLoopPanelSentinelTests {
    @Test func everySizeWritesOnlyInsideItsArea() throws {
        let many = try EventLoopRuns.session(.server, Array(repeating: "connect", count: 12).joined(separator: "; ") + "; send 3 x")
        let models = [
            EventLoopPanelModel(), try EventLoopRuns.serverReading(), try EventLoopRuns.tasksSleeping(),
            EventLoopRuns.model(many, count: many.steps.count * 2 / 3),
        ]
        let minimum = EventLoopPanel.minimumSize
        for model in models {
            for width in stride(from: minimum.width, through: 200, by: 7) {
                for height in stride(from: minimum.height, through: 60, by: 4) {
                    SentinelCheck.check(EventLoopPanel.self, model, animation: nil, width: width, height: height)
                }
            }
            SentinelCheck.check(EventLoopPanel.self, model, animation: nil, width: 200, height: 60, glyphs: .ascii)
        }
    }
}
