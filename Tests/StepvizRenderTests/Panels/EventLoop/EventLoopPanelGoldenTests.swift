import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// The event-loop panel rendered alone at pinned sizes, compared cell by
/// cell (characters and styles) with reviewed golden frames.
@Suite struct EventLoopPanelGoldenTests {
    static func frame(_ model: EventLoopPanelModel, width: Int, height: Int, glyphs: Glyphs = .unicode) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        EventLoopPanel.render(model, animation: nil, in: canvas.bounds, on: &canvas, glyphs: glyphs)
        return canvas
    }

    @Test func serverAt80x22() throws {
        let model = try EventLoopRuns.serverReading()
        #expect(model.replay.state.interest.map(\.fd) == [4, 6, 8])
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "eventloop/server-80x22")
    }

    @Test func serverAt120x34() throws {
        try GoldenFrame.check(Self.frame(try EventLoopRuns.serverReading(), width: 120, height: 34), named: "eventloop/server-120x34")
    }

    @Test func tasksAt80x22() throws {
        let model = try EventLoopRuns.tasksSleeping()
        #expect(model.replay.state.time == 1.0)
        try GoldenFrame.check(Self.frame(model, width: 80, height: 22), named: "eventloop/tasks-80x22")
    }

    @Test func tasksMonochromeAscii() throws {
        let frame = Self.frame(try EventLoopRuns.tasksSleeping(), width: 100, height: 28, glyphs: .ascii).withoutColor
        try GoldenFrame.check(frame, named: "eventloop/tasks-100x28-ascii-monochrome")
    }

    /// ASCII lines with the colours on (a terminal without line drawing, colour kept).
    @Test func serverColourAscii() throws {
        try GoldenFrame.check(
            Self.frame(try EventLoopRuns.serverReading(), width: 80, height: 22, glyphs: .ascii), named: "eventloop/server-80x22-ascii")
    }
}
