extension Glyphs {
    /// The head of a send travelling along its track: `counter ──3─▶ printer`.
    var arrowHead: Character { self == .unicode ? "▶" : ">" }
}
