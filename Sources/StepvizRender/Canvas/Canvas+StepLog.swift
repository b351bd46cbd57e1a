extension Canvas {
    /// The step log, the one widget every panel's log is: the newest
    /// entries that fit, one a row, oldest first. `alarm` gives an entry a
    /// style of its own (an operation's start, an error); any other entry
    /// is a plain step, the newest in bold.
    ///
    ///     canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { event, _ in
    ///         if case .begin = event { Theme.label } else { nil }
    ///     } sentence: { HeapNarration.sentence(for: $0, glyphs: glyphs) }
    ///
    /// - Complexity: O(rows) entries narrated.
    public mutating func stepLog<Entries: BidirectionalCollection>(
        _ entries: Entries, in area: Rect, glyphs: Glyphs,
        alarm: (Entries.Element, _ isNewest: Bool) -> Style?,
        sentence: (Entries.Element) -> String
    ) {
        guard area.height > 0, area.width > 0 else { return }
        let shown = entries.suffix(area.height)
        for (row, entry) in shown.enumerated() {
            let isNewest = row == shown.count - 1
            let style = alarm(entry, isNewest) ?? (isNewest ? Style(bold: true) : Theme.value)
            write(sentence(entry), x: area.x, y: area.y + row, width: area.width, style: style, glyphs: glyphs)
        }
    }
}
