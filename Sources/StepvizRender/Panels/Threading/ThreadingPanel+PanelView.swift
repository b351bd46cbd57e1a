import StepvizCore
import StepvizEvents

extension ThreadingPanel: PanelView {
    public typealias Model = ThreadingPanelModel
    public static var name: String { "threading" }

    /// `thr 12 stolen-wakeup T3 raises IndexError`: the turn first (it
    /// changes every step, so even a cut strip cell shows the run moving),
    /// the scene, and the last thing that happened.
    public static func summary(_ model: ThreadingPanelModel, glyphs: Glyphs) -> String {
        guard let header = model.header else { return "thr 0" }
        return "thr \(model.turns) \(header.scene) " + (model.log.last?.sentence(glyphs: glyphs) ?? "")
    }
}
