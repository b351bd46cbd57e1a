import StepvizCore
import StepvizEvents

extension ThreadingPanel: PanelView {
    public typealias Model = ThreadingPanelModel
    public static var name: String { "threading" }

    /// `stolen-wakeup turn 12 T3 raises IndexError`: the scene, the turn
    /// (which changes every step, so even a cut strip cell shows the run
    /// moving) and the last thing that happened.
    public static func summary(_ model: ThreadingPanelModel, glyphs: Glyphs) -> String {
        guard let header = model.header else { return "no run yet" }
        return "\(header.scene) turn \(model.turns) " + (model.log.last?.sentence(glyphs: glyphs) ?? "")
    }
}
