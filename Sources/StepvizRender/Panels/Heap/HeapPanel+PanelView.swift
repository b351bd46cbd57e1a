extension HeapPanel: PanelView {
    public typealias Model = HeapPanelModel
    public static var name: String { "heap" }

    /// `heap [-99 3 100 …]`: the array, smallest first.
    public static func summary(_ model: HeapPanelModel, glyphs: Glyphs) -> String {
        let items = model.replay.slots.map { $0.map(String.init) ?? String(glyphs.hole) }
        return "heap [" + items.joined(separator: " ") + "]"
    }
}
