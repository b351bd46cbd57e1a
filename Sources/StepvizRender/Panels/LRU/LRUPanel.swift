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
}
