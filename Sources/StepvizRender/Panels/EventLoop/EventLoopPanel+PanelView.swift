import StepvizCore
import StepvizEvents

extension EventLoopPanel: PanelView {
    public typealias Model = EventLoopPanelModel
    public static var name: String { "eventloop" }

    /// `loop t=3.0 world` (the last line printed), or the interest list's size.
    public static func summary(_ model: EventLoopPanelModel, glyphs: Glyphs) -> String {
        let time = "t=\(EventLoop.formatSeconds(model.replay.state.time))"
        if let line = model.replay.output.last { return "loop \(time) \(line.text)" }
        return "loop \(time) \(model.replay.state.interest.count) fds"
    }
}
