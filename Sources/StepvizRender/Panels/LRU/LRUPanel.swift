import StepvizCore
import StepvizEvents

/// Draws the LRU panel for one model: the recency list (least recent first,
/// with the capacity's empty places), the hash map from keys to nodes beside
/// it, the notes' `OrderedDict` recipe with its running line, the log, and
/// the `functools.lru_cache` counters with a sparkline of the hit ratio. A
/// pure function of its inputs: it only writes into the canvas, inside `area`.
public enum LRUPanel {
    /// The smallest area the panel draws into (the whole screen adds a
    /// header and a status line).
    public static let minimumSize = (width: 60, height: 16)
    /// The code pane's width: the widest recipe line and its border.
    static let codeWidth = 38
    /// From this width of the left column on, the log gets a box of its own.
    static let logFrom = codeWidth + 20
    /// The code pane's height (the listing and its border); the recency
    /// list takes the rows above it that its places need.
    static let codeHeight = LRUPseudocode.listing.count + 2
    /// The sparkline's most columns: the recent requests, not the whole run.
    static let sparklineWidth = 24

    public static func render(
        _ model: LRUPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let (body, counters) = area.splitBottom(1)
        renderCounters(model, in: counters, on: &canvas, glyphs: glyphs)

        let cellWidth = nodeLabelWidth(model, glyphs: glyphs) + 2
        let (left, mapArea) = body.splitLeft(body.width - mapWidth(model, cellWidth: cellWidth, bodyWidth: body.width, glyphs: glyphs))
        renderMap(model, cellWidth: cellWidth, in: mapArea, on: &canvas, glyphs: glyphs)

        // The list takes the rows its places need, leaving the code pane
        // its listing when there is room for both.
        let linkWidth = glyphs.lruLink.count
        let perRow = LRUListLayout.perRow(width: left.width - 2, cellWidth: cellWidth, linkWidth: linkWidth)
        let places = Swift.max(model.replay.snapshot.capacity, model.replay.snapshot.entries.count)
        let rowsNeeded = Swift.max(1, (places + perRow - 1) / perRow)
        let rowsFree = Swift.max(1, LRUListLayout.rows(in: left.height - codeHeight - 4))
        let listHeight = Swift.min(left.height, 4 + 2 * Swift.min(rowsNeeded, rowsFree))
        let (listArea, lower) = left.splitTop(listHeight)
        renderList(model, animation: animation, cellWidth: cellWidth, in: listArea, on: &canvas, glyphs: glyphs)

        if lower.width >= logFrom {
            let (codeArea, logArea) = lower.splitLeft(codeWidth)
            renderCode(model, in: codeArea, on: &canvas, glyphs: glyphs)
            renderLog(model, in: logArea, on: &canvas, glyphs: glyphs)
        } else {
            renderCode(model, in: lower, on: &canvas, glyphs: glyphs)
        }
    }

    /// The width of the widest `key:value` label, at least 3.
    static func nodeLabelWidth(_ model: LRUPanelModel, glyphs: Glyphs) -> Int {
        var entries = model.replay.snapshot.entries
        if let evicted = model.highlights.evicted { entries.append(evicted) }
        return Swift.max(3, entries.map { LRUNarration.nodeLabel($0, glyphs: glyphs).count }.max() ?? 3)
    }

    /// The map column: `key → [node]` rows, within a third of the body.
    static func mapWidth(_ model: LRUPanelModel, cellWidth: Int, bodyWidth: Int, glyphs: Glyphs) -> Int {
        let keys = model.replay.snapshot.entries.map(\.key) + [model.highlights.key, model.highlights.evicted?.key].compactMap { $0 }
        let keyWidth = keys.map { $0.cell(width: LRUNarration.nodePartWidth, glyphs: glyphs).count }.max() ?? 1
        return Swift.min(bodyWidth / 3, Swift.max(16, keyWidth + cellWidth + 8))
    }

    /// The style of the node of `key`, given what the operation did to it.
    static func nodeStyle(_ model: LRUPanelModel, key: PythonValue) -> Style {
        let highlights = model.highlights
        guard highlights.key == key, let role = highlights.role else { return Theme.value }
        switch role {
        case .hit: return Theme.compared
        case .moved, .inserted: return Theme.moving
        case .updated: return Theme.held
        }
    }

    // MARK: recency list

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

    // MARK: hash map

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

    // MARK: code, log, counters

    static func renderCode(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            LRUPseudocode.listing,
            running: model.lastStep.flatMap { LRUPseudocode.lines(for: $0.event, in: model.operation) }.map { Range($0) },
            title: "code: OrderedDict recipe", in: area, glyphs: glyphs)
    }

    static func renderLog(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { event, isNewest in
            switch event {
            case .begin: Theme.label
            case .lru(.miss) where isNewest, .lru(.evict) where isNewest: Theme.error
            default: nil
            }
        } sentence: {
            LRUNarration.sentence(for: $0, glyphs: glyphs)
        }
    }

    /// `hits 1  misses 1  maxsize 2  currsize 2  evictions 1  hit ratio 50% ▁▅█`:
    /// what `cache_info()` reports, the evictions, and the ratio's recent history.
    static func renderCounters(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let snapshot = model.replay.snapshot
        let ratio = model.hitRatio.map { "\(percent($0))%" } ?? "-"
        let parts = [
            "hits \(snapshot.hits)", "misses \(snapshot.misses)", "maxsize \(snapshot.capacity)",
            "currsize \(snapshot.entries.count)", "evictions \(snapshot.evictions)", "hit ratio \(ratio)",
        ]
        var text = parts.joined(separator: "  ")
        if text.count + 4 > area.width {
            text = (parts.dropLast() + ["hit \(ratio)"]).joined(separator: " ")
        }
        canvas.write(text, x: area.x, y: area.y, width: area.width, style: Theme.dim, glyphs: glyphs)
        let sparkX = area.x + text.count + 1
        let sparkWidth = Swift.min(sparklineWidth, area.maxX - sparkX)
        guard sparkWidth > 0, !model.hitRatios.isEmpty else { return }
        let levels = glyphs.sparkLevels
        for (column, value) in model.hitRatios.suffix(sparkWidth).enumerated() {
            let level = Swift.min(levels.count - 1, Int(value * Double(levels.count)))
            canvas.put(levels[level], x: sparkX + column, y: area.y, style: Theme.result)
        }
    }

    /// A ratio as a whole percentage, rounded as Python's `format(r, ".0%")`
    /// rounds (half to even), so 5 hits in 8 reads 62%.
    static func percent(_ ratio: Double) -> Int {
        Int((ratio * 100).rounded(.toNearestOrEven))
    }
}
