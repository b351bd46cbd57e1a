import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The threading panel rendered alone at pinned sizes, compared cell by
/// cell (characters and styles) with reviewed golden frames.
@Suite struct ThreadingPanelGoldenTests {
    static func frame(_ model: ThreadingPanelModel, width: Int, height: Int, glyphs: Glyphs = .unicode) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        ThreadingPanel.render(model, animation: nil, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }

    @Test func stolenWakeupAt80x22() throws {
        let model = try ThreadingRuns.stolen()
        #expect(model.lastError == "T2: IndexError: pop from an empty deque")
        #expect(model.taken.map(\.by) == [3])
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "threading/stolen-80x22")
    }

    @Test func stolenWakeupAt120x34() throws {
        try GoldenFrame.check(Self.frame(try ThreadingRuns.stolen(), width: 120, height: 34), named: "threading/stolen-120x34")
    }

    @Test func producerWaitsAt100x30() throws {
        let model = try ThreadingRuns.producerWaits()
        #expect(model.replay.state.waits[1] == .condition("q.not_full", lock: "q.mutex"))
        try GoldenFrame.check(Self.frame(model, width: 100, height: 30), named: "threading/producer-consumer-100x30")
    }

    @Test func lostWakeupStuckAt80x22() throws {
        let model = try ThreadingRuns.lost()
        #expect(model.isStuck)
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "threading/lost-80x22")
    }

    @Test func reentrantMonochromeAscii() throws {
        let frame = Self.frame(try ThreadingRuns.reentrantTwice(), width: 100, height: 28, glyphs: .ascii).withoutColor
        try GoldenFrame.check(frame, named: "threading/reentrant-100x28-ascii-monochrome")
    }

    @Test func reentrantColourAscii() throws {
        try GoldenFrame.check(
            Self.frame(try ThreadingRuns.reentrantTwice(), width: 80, height: 22, glyphs: .ascii), named: "threading/reentrant-80x22-ascii")
    }
}
