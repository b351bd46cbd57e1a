extension Canvas {
    /// Draws a border around `rect` with `title` set into the top edge, and
    /// returns the area inside it.
    @discardableResult
    public mutating func box(_ rect: Rect, title: String = "", glyphs: Glyphs, style: Style = Theme.border) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            put(glyphs.horizontal, x: x, y: rect.y, style: style)
            put(glyphs.horizontal, x: x, y: rect.maxY - 1, style: style)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(glyphs.vertical, x: rect.x, y: y, style: style)
            put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        put(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        put(glyphs.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        put(glyphs.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        put(glyphs.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if !title.isEmpty, rect.width > 4 {
            write(" \(title) ".prefix(rect.width - 4), x: rect.x + 2, y: rect.y, style: Theme.label)
        }
        return rect.inset(1)
    }

    /// Writes `text` cut to `width` cells, ending in an ellipsis when cut.
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain, glyphs: Glyphs) {
        guard width > 0 else { return }
        if text.count <= width {
            write(text, x: x, y: y, style: style)
        } else {
            let cut = String(text.prefix(Swift.max(0, width - glyphs.ellipsis.count))) + glyphs.ellipsis
            write(cut.prefix(width), x: x, y: y, style: style)
        }
    }
}
