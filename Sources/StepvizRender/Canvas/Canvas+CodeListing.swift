extension Canvas {
    /// A boxed code listing with the running line `current` highlighted;
    /// a box shorter than the listing scrolls so that line stays in the middle.
    public mutating func codeListing(_ listing: [String], current: Int?, title: String, in area: Rect, glyphs: Glyphs) {
        let inner = box(area, title: title, glyphs: glyphs)
        guard inner.height > 0 else { return }
        var first = 0
        if let current, listing.count > inner.height {
            first = Swift.min(Swift.max(0, current - inner.height / 2), listing.count - inner.height)
        }
        for row in 0..<Swift.min(inner.height, listing.count - first) {
            let index = first + row
            let isCurrent = index == current
            let style = isCurrent ? Theme.currentLine : Theme.value
            if isCurrent { fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), with: Cell(" ", style: style)) }
            write(listing[index], x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
        }
    }
}
