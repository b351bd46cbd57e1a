import StepvizEvents

extension DequePanel: PanelView {
    public typealias Model = DequePanelModel
    public static var name: String { DequeSession.panel }

    /// `deque [3 7 8]`: the items left to right, both ends of a long deque.
    public static func summary(_ model: DequePanelModel, glyphs: Glyphs) -> String {
        "deque " + DequeNarration.summaryItems(model.layout.items, glyphs: glyphs)
    }
}
