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
