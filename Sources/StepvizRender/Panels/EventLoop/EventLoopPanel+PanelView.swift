import StepvizCore
import StepvizEvents

extension EventLoopPanel: PanelView {
    public typealias Model = EventLoopPanelModel
    public static var name: String { "eventloop" }

    /// `loop #7 Received data b'hi\n'`: the iterations run, which change
    /// every few steps (so even a cut strip cell shows the loop moving), and
    /// the last line printed.
    public static func summary(_ model: EventLoopPanelModel, glyphs: Glyphs) -> String {
        let last = model.replay.output.last?.text ?? "\(model.replay.state.interest.count) fds"
        return "loop #\(model.iterations) \(last)"
    }
}
