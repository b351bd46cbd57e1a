extension Canvas {
    /// A panel's status row: the last step in words at the left, the run's
    /// counters dim at the right when at least 20 columns are left for the
    /// sentence (else the sentence takes the whole row).
    public mutating func statusRow(_ sentence: String, counters: String, style: Style, in area: Rect, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        let countersX = area.maxX - counters.count
        let fits = countersX - 2 >= area.x + 20
        write(sentence, x: area.x, y: area.y, width: (fits ? countersX - 2 : area.maxX) - area.x, style: style, glyphs: glyphs)
        if fits { write(counters, x: countersX, y: area.y, style: Theme.dim) }
    }
}

extension Canvas {
    /// A panel's counters row, dim: the first of `variants` (longest first)
    /// that fits with `reserve` columns to spare, else the last, cut.
    /// Returns how many columns it wrote (a sparkline may follow).
    ///
    ///     canvas.countersRow(["length 3   maxlen None", "len 3  maxlen None"], in: row, glyphs: glyphs)
    @discardableResult
    public mutating func countersRow(_ variants: [String], reserve: Int = 0, in area: Rect, glyphs: Glyphs) -> Int {
        guard area.height > 0, let last = variants.last else { return 0 }
        let text = variants.first { $0.count + reserve <= area.width } ?? last
        write(text, x: area.x, y: area.y, width: area.width, style: Theme.dim, glyphs: glyphs)
        return Swift.min(text.count, area.width)
    }
}
