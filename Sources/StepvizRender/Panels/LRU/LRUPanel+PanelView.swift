extension LRUPanel: PanelView {
    public typealias Model = LRUPanelModel
    public static var name: String { "lru" }

    /// `lru hit 62%`: the hit ratio so far; `lru 2/4, no gets yet` before
    /// the first request (the entries over the capacity instead).
    public static func summary(_ model: LRUPanelModel, glyphs: Glyphs) -> String {
        guard let ratio = model.hitRatio else {
            let snapshot = model.replay.snapshot
            return "lru \(snapshot.entries.count)/\(snapshot.capacity), no gets yet"
        }
        return "lru hit \(percent(ratio))%"
    }
}
