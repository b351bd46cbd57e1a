extension Glyphs {
    /// The arrow into a mailbox or out of a queue's front: `printer ← 3`.
    var leftArrow: String { self == .unicode ? "←" : "<-" }
    /// The head of a send travelling along its track: `counter ──3─▶ printer`.
    var arrowHead: Character { self == .unicode ? "▶" : ">" }
}
