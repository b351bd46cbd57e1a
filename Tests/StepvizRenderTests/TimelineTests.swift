import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct TimelineTests {
    /// Any position, reached in any order, gives the model that folding the
    /// steps from the start gives.
    @Test(arguments: [1, 2, 5, 32]) func randomAccessEqualsFoldingFromTheStart(interval: Int) {
        let scene = HeapStepSource(setup: HeapSetup(), demoSeed: 11, limit: 25)
        var timeline = Timeline<HeapStepSource, HeapPanelModel>(source: scene, snapshotInterval: interval)
        var folded = [HeapPanelModel()]
        for step in scene.steps {
            var next = folded.last!
            next.apply(step)
            folded.append(next)
        }
        var random = SeededGenerator(seed: 3)
        for _ in 0..<300 {
            let position = Int.random(in: 0...timeline.count, using: &random)
            #expect(timeline.model(at: position) == folded[position])
        }
        for position in (0...timeline.count).reversed() {
            #expect(timeline.model(at: position) == folded[position])
        }
    }
}
