import StepvizCore
import StepvizEvents

/// The hash map: every key the dict holds and the node it points to.
extension LRUPanel {
    static func renderMap(_ model: LRUPanelModel, cellWidth: Int, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "hash map", glyphs: glyphs)
        guard inner.height > 0, inner.width > 0 else { return }
        let highlights = model.highlights
        let entries = model.replay.snapshot.entries
        // Rows sorted by key: a hash map has no order worth showing. A
        // missed key and an evicted one get a row saying they are not there.
        var rows: [(key: PythonValue, text: String, style: Style)] = entries.map { entry in
            (entry.key, "[\(LRUNarration.nodeLabel(entry, glyphs: glyphs))]", nodeStyle(model, key: entry.key))
        }
        if highlights.missed, let key = highlights.key {
            rows.append((key, "\(glyphs.lruGone) miss", Theme.error))
        }
        if let evicted = highlights.evicted, !entries.contains(where: { $0.key == evicted.key }) {
            rows.append((evicted.key, "\(glyphs.lruGone) evicted", Theme.error))
        }
        if let key = highlights.key, highlights.role == nil, !highlights.missed,
            let index = rows.firstIndex(where: { $0.key == key })
        {
            rows[index].style = Theme.compared  // looked up, not yet reported
        }
        rows.sort { $0.key.isInDisplayOrder(before: $1.key) }
        if rows.isEmpty {
            canvas.write("(no keys)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let keyWidth = rows.map { $0.key.cell(width: LRUNarration.nodePartWidth, glyphs: glyphs).count }.max() ?? 1
        // A window that keeps the operation's key in sight; the last line
        // counts what does not fit.
        var shown = rows.count
        var first = 0
        if rows.count > inner.height {
            shown = Swift.max(0, inner.height - 1)
            let focus = rows.firstIndex { $0.key == highlights.key } ?? 0
            first = Swift.min(Swift.max(0, focus - shown / 2), rows.count - shown)
        }
        for (row, entry) in rows[first..<(first + shown)].enumerated() {
            let key = entry.key.cell(width: LRUNarration.nodePartWidth, glyphs: glyphs)
            let keyText = String(repeating: " ", count: keyWidth - key.count) + key
            let y = inner.y + row
            canvas.write(keyText, x: inner.x, y: y, style: entry.style == Theme.value ? Theme.label : entry.style)
            canvas.write(" \(glyphs.arrow) ", x: inner.x + keyWidth, y: y, style: Theme.border, clip: inner)
            canvas.write(entry.text, x: inner.x + keyWidth + glyphs.arrow.count + 2, y: y, style: entry.style, clip: inner)
        }
        if shown < rows.count {
            canvas.write(
                "+\(rows.count - shown) more keys", x: inner.x, y: inner.y + shown, width: inner.width,
                style: Theme.dim, glyphs: glyphs)
        }
    }
}
