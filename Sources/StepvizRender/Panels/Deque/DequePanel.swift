import StepvizCore
import StepvizEvents

/// Draws the deque panel for one model: the block list with its indices and
/// Python's repr, the pseudocode with the running line, the log and the
/// counters. A pure function of its inputs: it only writes into the canvas,
/// inside `area`.
public enum DequePanel {
    /// The smallest area the panel draws into (the whole screen adds a
    /// header and a status line): the blocks box, four rows under it, the
    /// counters.
    public static let minimumSize = (width: 60, height: 16)
    /// The code box's width: the longest pseudocode line and its borders.
    static let codeWidth = 40
    /// Below this many rows under the blocks, code and log are single lines.
    static let boxedRowsFrom = 6

    public static func render(
        _ model: DequePanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let (upper, counters) = area.splitBottom(1)
        let (blocksArea, lower) = upper.splitTop(blocksHeight)
        renderCounters(model, in: counters, on: &canvas, glyphs: glyphs)
        renderBlocks(model, animation: animation, in: blocksArea, on: &canvas, glyphs: glyphs)

        if lower.height >= boxedRowsFrom, lower.width >= codeWidth + 20 {
            let (leftColumn, logArea) = lower.splitLeft(codeWidth)
            // The code box takes the longest listing; a tall screen gets the
            // notes on how the structure works under it.
            let (codeArea, notesArea) = leftColumn.splitTop(Swift.max(boxedRowsFrom, DequePseudocode.allListings.map(\.count).max()! + 2))
            renderCode(model, in: codeArea, on: &canvas, glyphs: glyphs)
            if notesArea.height >= 4 { renderNotes(in: notesArea, on: &canvas, glyphs: glyphs) }
            renderLog(model, in: logArea, on: &canvas, glyphs: glyphs)
        } else if !lower.isEmpty {
            // Short: the running pseudocode line, then the newest log lines.
            let listing = DequePseudocode.listing(for: model.operation)
            if let line = currentLine(model), line < listing.count {
                canvas.write("code", x: lower.x, y: lower.y, width: lower.width, style: Theme.label, glyphs: glyphs)
                canvas.write(
                    listing[line].trimmingLeadingSpaces, x: lower.x + 5, y: lower.y, width: lower.width - 5,
                    style: Theme.currentLine, glyphs: glyphs)
            }
            let logRows = Rect(x: lower.x, y: lower.y + 1, width: lower.width, height: lower.height - 1)
            guard !logRows.isEmpty else { return }
            canvas.write("log", x: logRows.x, y: logRows.y, width: logRows.width, style: Theme.label, glyphs: glyphs)
            renderLogLines(
                model, in: Rect(x: logRows.x + 5, y: logRows.y, width: logRows.width - 5, height: logRows.height),
                on: &canvas, glyphs: glyphs)
        }
    }

    /// The running operation's pseudocode; a listing taller than the box
    /// scrolls so the running line stays in view.
    static func renderCode(_ model: DequePanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            DequePseudocode.listing(for: model.operation), current: currentLine(model), title: "code", in: area, glyphs: glyphs)
    }

    /// What a learner needs to read the picture, one short line each (the
    /// facts of CPython's Modules/_collectionsmodule.c).
    static let notes = [
        "CPython's deque is a doubly-linked",
        "list of blocks (64 slots; 8 here).",
        "",
        "leftindex and rightindex are the",
        "first and last item's slots.",
        "",
        "An end block full: link a new one.",
        "An end block empty: free it.",
        "Both ends O(1), no item ever moves.",
        "",
        "maxlen: a full deque drops an item",
        "from the other end as one goes in.",
        "",
        "d[i] walks the blocks from the",
        "nearer end: O(n/64).",
        "",
        "rotate(n) moves |n| items, one at",
        "a time, from one end to the other.",
    ]

    static func renderNotes(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "how it works", glyphs: glyphs)
        for (row, line) in notes.prefix(inner.height).enumerated() {
            canvas.write(line, x: inner.x, y: inner.y + row, width: inner.width, style: Theme.dim, glyphs: glyphs)
        }
    }

    /// The pseudocode line of the newest step that runs one; the outcome
    /// and state steps keep the line that produced them in view.
    static func currentLine(_ model: DequePanelModel) -> Int? {
        for event in model.recentEvents.reversed() {
            if let line = DequePseudocode.line(for: event, in: model.operation) { return line }
            if case .begin = event { return nil }
        }
        return nil
    }

    static func renderLog(_ model: DequePanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        renderLogLines(model, in: inner, on: &canvas, glyphs: glyphs)
    }

    /// The newest steps narrated, one a row, the newest last and in bold.
    static func renderLogLines(_ model: DequePanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.stepLog(model.recentEvents, in: area, glyphs: glyphs) { event, _ in
            switch event {
            case .error: Theme.error
            case .begin: Theme.label
            default: nil
            }
        } sentence: {
            DequeNarration.sentence(for: $0, glyphs: glyphs)
        }
    }

    /// Length, bound and blocks: in use now, linked and freed so far.
    static func renderCounters(_ model: DequePanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let maxlen = model.maxlen.map(String.init) ?? "None"
        let blocks = model.layout.blocks.count
        let long =
            "length \(model.count)   maxlen \(maxlen)   blocks in use \(blocks)   allocated \(model.blocksAllocated)   freed \(model.blocksFreed)"
        let short = "len \(model.count)  maxlen \(maxlen)  blocks \(blocks)  allocated \(model.blocksAllocated)  freed \(model.blocksFreed)"
        canvas.countersRow([long, short], in: area, glyphs: glyphs)
    }
}
