/// The deque panel's own roles. Each carries an attribute besides its
/// colour, so NO_COLOR and monochrome terminals still tell them apart.
extension Theme {
    /// The item a bounded deque is about to drop from the far end.
    static let dequeFallingOff = Style(foreground: .red, bold: true, reverse: true, underline: true)
    /// The item just dropped by `maxlen`, shown above the slot it left.
    static let dequeFellOff = Style(foreground: .red, bold: true, underline: true)
    /// A slot just emptied (by a pop, a discard, a rotation or `clear`).
    static let dequeVacated = Style(foreground: .magenta, bold: true, underline: true)
    /// The border of a block linked by the last step.
    static let dequeNewBlock = Style(foreground: .green, bold: true)
    /// The outline left where a block was just freed.
    static let dequeFreedBlock = Style(foreground: .magenta, dim: true)
    /// The border of a block indexing walked over.
    static let dequeWalked = Style(foreground: .yellow, bold: true)
}

extension Glyphs {
    /// The double link drawn between two neighbouring blocks.
    var blockLink: String { self == .unicode ? " ⇄ " : "<->" }
}
