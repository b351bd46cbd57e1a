import StepvizCore
import StepvizEvents

/// The recency list: the OrderedDict's doubly-linked order, least recent
/// first, with the entry that moved, arrived or left in flight.
extension LRUPanel {
    static func renderList(
        _ model: LRUPanelModel, animation: Double?, cellWidth: Int, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "recency list", glyphs: glyphs)
        guard inner.height >= 4 else { return }
        let snapshot = model.replay.snapshot
        let entries = snapshot.entries
        let layout = LRUListLayout(
            entries: entries.count, capacity: snapshot.capacity, cellWidth: cellWidth, linkWidth: glyphs.lruLink.count,
            area: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2))

        // Reading order, row after row, is recency order.
        let note = layout.hiddenEntries > 0 ? "\(layout.hiddenEntries) hidden" : "maxsize \(snapshot.capacity)"
        var heading = "least recent (evicted next) \(glyphs.arrow) most recent"
        if inner.width < heading.count + note.count + 2 { heading = "least recent \(glyphs.arrow) most recent" }
        canvas.write(heading, x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
        if inner.width >= heading.count + note.count + 2 {
            canvas.write(note, x: inner.maxX - note.count, y: inner.y, style: layout.hiddenEntries > 0 ? Theme.label : Theme.dim)
        }

        let travel = animation == nil ? nil : model.highlights.travel
        if layout.places.isEmpty {
            let text = snapshot.capacity == 0 ? "(maxsize 0: nothing is kept; a put is evicted at once)" : "(empty)"
            canvas.write(text, x: inner.x, y: layout.area.y + 1, width: inner.width, style: Theme.dim, glyphs: glyphs)
        }
        for (index, place) in layout.places.enumerated() {
            let origin = layout.origin(ofPlace: index)
            guard origin.y < layout.area.maxY else { break }
            let text: String
            var style = Theme.value
            switch place {
            case .entry(let entry):
                let label = LRUNarration.nodeLabel(entries[entry], glyphs: glyphs)
                if let travel, travel.to == entry {
                    // Still in flight: its place is waiting for it.
                    text = node("", cellWidth: cellWidth)
                    style = Theme.hole
                } else {
                    text = node(label, cellWidth: cellWidth)
                    style = nodeStyle(model, key: entries[entry].key)
                }
            case .empty:
                text = node("", cellWidth: cellWidth)
                style = Theme.dim
            case .hiddenEntries(let count):
                text = centred("\(glyphs.ellipsis)\(count)\(glyphs.ellipsis)", glyphs.ellipsis, width: cellWidth)
                style = Theme.label
            case .moreEmpty(let count):
                text = centred("+\(count) free", "+\(count)", width: cellWidth)
                style = Theme.dim
            }
            canvas.write(text, x: origin.x, y: origin.y, style: style, clip: layout.area)
            // Nodes are linked both ways; empty places are not in the list.
            if isLinked(place), index + 1 < layout.places.count, isLinked(layout.places[index + 1]) {
                canvas.write(glyphs.lruLink, x: origin.x + cellWidth, y: origin.y, style: Theme.border, clip: layout.area)
            }
        }

        // The node in flight, on the travel line above the places.
        if let travel, let progress = animation {
            let label = node(LRUNarration.nodeLabel(travel.entry, glyphs: glyphs), cellWidth: cellWidth)
            let start: (x: Int, y: Int)
            let end: (x: Int, y: Int)
            switch (travel.from, travel.to) {
            case (let from?, let to?):
                start = layout.origin(ofPlace: layout.place(ofEntry: from))
                end = layout.origin(ofPlace: layout.place(ofEntry: to))
            case (nil, let to?):
                end = layout.origin(ofPlace: layout.place(ofEntry: to))
                start = (layout.area.maxX - cellWidth, end.y)
            case (_, nil):
                start = layout.origin(ofPlace: 0)
                end = (layout.area.x - cellWidth, start.y)
            }
            let x = start.x + Int((Double(end.x - start.x) * progress).rounded())
            let y = start.y + Int((Double(end.y - start.y) * progress).rounded())
            let style = travel.to == nil ? Theme.error : Theme.moving
            canvas.write(label, x: x, y: y - 1, style: style, clip: layout.area)
        } else if let evicted = model.highlights.evicted {
            // Settled after an eviction: the evicted node stays in sight,
            // lifted out above the least-recent end, until the next operation.
            let label = "[" + LRUNarration.nodeLabel(evicted, glyphs: glyphs) + "]"
            canvas.write(label, x: layout.area.x, y: layout.area.y, style: Theme.error, clip: layout.area)
            canvas.write(
                " \(glyphs.lruGone) evicted", x: layout.area.x + label.count, y: layout.area.y, style: Theme.error,
                clip: layout.area)
        }

        let outcome = LRUNarration.outcome(of: model, glyphs: glyphs)
        let outcomeStyle = model.highlights.missed || model.highlights.evicted != nil ? Theme.error : Style(bold: true)
        canvas.write(outcome, x: inner.x, y: inner.maxY - 1, width: inner.width, style: outcomeStyle, glyphs: glyphs)
    }

    /// A node as drawn, `[1:10 ]`: the label left-aligned in `cellWidth` columns.
    private static func node(_ label: String, cellWidth: Int) -> String {
        "[" + label + String(repeating: " ", count: Swift.max(0, cellWidth - 2 - label.count)) + "]"
    }

    /// Whether a place continues the linked list (an entry, or hidden ones).
    private static func isLinked(_ place: LRUListLayout.Place) -> Bool {
        switch place {
        case .entry, .hiddenEntries: true
        case .empty, .moreEmpty: false
        }
    }

    /// `text` centred in `width` columns, or `short` when it does not fit.
    private static func centred(_ text: String, _ short: String, width: Int) -> String {
        let chosen = text.count <= width ? text : short
        let left = Swift.max(0, (width - chosen.count) / 2)
        return String((String(repeating: " ", count: left) + chosen).prefix(width))
    }
}
