extension Glyphs {
    /// The two-way link between neighbours of the recency list (a doubly
    /// linked list): `⇄`, or `<>` in ASCII.
    var lruLink: String { self == .unicode ? "⇄" : "<>" }
    /// The mark of a key that is gone or was never there (a miss, an eviction).
    var lruGone: String { self == .unicode ? "✗" : "x" }
    /// The sparkline's eight levels, lowest first.
    var sparkLevels: [Character] {
        self == .unicode ? ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] : ["_", ".", ",", "-", "~", "=", "*", "#"]
    }
}
