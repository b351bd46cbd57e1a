extension Glyphs {
    /// The arrow pointing left (`arrow` points right): hidden blocks on the
    /// left, a mailbox's entry (`printer ← 3`), a queue's front.
    var leftArrow: String { self == .unicode ? "←" : "<-" }
}
