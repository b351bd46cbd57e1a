extension Canvas {
    /// A boxed code listing with the running line `current` highlighted;
    /// a box shorter than the listing scrolls so that line stays in the
    /// middle. Every panel's code pane is this one widget, with one rule.
    public mutating func codeListing(_ listing: [String], current: Int?, title: String, in area: Rect, glyphs: Glyphs) {
        codeListing(listing, running: current.map { $0..<($0 + 1) }, title: title, in: area, glyphs: glyphs)
    }

    /// ``codeListing(_:current:title:in:glyphs:)`` with several running
    /// lines (the LRU's recipe lights a whole statement): the scroll keeps
    /// their middle in the middle of the box.
    public mutating func codeListing(_ listing: [String], running: Range<Int>?, title: String, in area: Rect, glyphs: Glyphs) {
        let inner = box(area, title: title, glyphs: glyphs)
        guard inner.height > 0 else { return }
        var first = 0
        if let running, listing.count > inner.height {
            let middle = running.lowerBound + Swift.max(0, running.count - 1) / 2
            first = Swift.min(Swift.max(0, middle - inner.height / 2), listing.count - inner.height)
        }
        for row in 0..<Swift.max(0, Swift.min(inner.height, listing.count - first)) {
            let index = first + row
            let isCurrent = running?.contains(index) ?? false
            let style = isCurrent ? Theme.currentLine : Theme.value
            if isCurrent { fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), with: Cell(" ", style: style)) }
            write(listing[index], x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
        }
    }

    /// The one-row form of ``codeListing(_:current:title:in:glyphs:)`` for
    /// a narrow panel: `code` and the running line, its indent dropped.
    public mutating func codeLine(_ listing: [String], current: Int?, in area: Rect, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        write("code", x: area.x, y: area.y, style: Theme.label)
        guard let current, listing.indices.contains(current) else { return }
        write(
            String(listing[current].drop { $0 == " " }), x: area.x + 5, y: area.y, width: area.width - 5, style: Theme.currentLine,
            glyphs: glyphs)
    }

    /// A panel's frame before its first run: the title and `(no run yet)` in the middle.
    public mutating func noRunYet(title: String, in area: Rect, glyphs: Glyphs) {
        let inner = box(area, title: title, glyphs: glyphs)
        write(
            "(no run yet)", x: inner.x + Swift.max(0, (inner.width - 12) / 2), y: inner.y + inner.height / 2, width: inner.width,
            style: Theme.dim, glyphs: glyphs)
    }
}
