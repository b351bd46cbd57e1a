extension LocksPanel {
    /// The code the threads run with the line of the last step marked,
    /// scrolled so that line shows.
    static func renderCode(_ model: LocksPanelModel, listing: [String], in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "code", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let current = model.codeLine
        var first = 0
        if let current, listing.count > inner.height {
            first = Swift.min(Swift.max(0, current - inner.height / 2), listing.count - inner.height)
        }
        for (row, index) in (first..<Swift.min(listing.count, first + inner.height)).enumerated() {
            let isCurrent = index == current
            let style = isCurrent ? Theme.currentLine : Theme.value
            if isCurrent {
                canvas.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), with: Cell(" ", style: style))
            }
            canvas.write(listing[index], x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
        }
    }

    /// The newest steps in words, newest last.
    static func renderLog(_ model: LocksPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let entries = model.recentEvents.suffix(inner.height)
        for (row, entry) in entries.enumerated() {
            let style: Style
            switch entry.event {
            case .lock(.deadlock), .lock(.violation): style = Theme.lockAlarm
            case .begin: style = Theme.label
            default: style = row == entries.count - 1 ? Style(bold: true) : Theme.value
            }
            canvas.write(
                LocksNarration.sentence(for: entry, glyphs: glyphs), x: inner.x, y: inner.y + row,
                width: inner.width, style: style, glyphs: glyphs)
        }
    }
}
