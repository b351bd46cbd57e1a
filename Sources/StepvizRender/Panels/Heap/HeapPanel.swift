import StepvizCore
import StepvizEvents

/// Draws the heap panel for one model: the tree, the array underneath, the
/// pseudocode with the running line, the log and the counters. A pure
/// function of its inputs: it only writes into the canvas, inside `area`.
public enum HeapPanel {
    /// The smallest area the panel draws into (the whole screen adds a
    /// header and a status line).
    public static let minimumSize = (width: 60, height: 16)
    /// From this width on, pseudocode and log get a column of their own.
    static let sideColumnFrom = 76

    public static func render(
        _ model: HeapPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let highlights = HeapHighlights(lastStep: model.lastStep)
        // Cells as wide as the widest value shown (at least 2), cut with the
        // ellipsis past a quarter of the panel, so four cells always fit.
        let labelWidth = PythonValue.cellWidth(
            fitting: model.replay.slots.compactMap { $0 } + [model.replay.held, model.replay.result].compactMap { $0 },
            minimum: 2, limit: (area.width - 8) / 4)

        let (upper, counters) = area.splitBottom(1)
        let (body, arrayArea) = upper.splitBottom(4)
        renderCounters(model, in: counters, on: &canvas, glyphs: glyphs)
        renderArray(model, highlights, animation: animation, labelWidth: labelWidth, in: arrayArea, on: &canvas, glyphs: glyphs)

        // Code and log take a column of their own when the tree beside it
        // still shows three levels (four leaves): wide values (the requests
        // scene's tuples) keep the whole width for the tree instead.
        let sideWidth = Swift.min(42, body.width * 9 / 20)
        if body.width >= sideColumnFrom, body.width - sideWidth - 2 >= 4 * (labelWidth + 1) {
            let (treeArea, side) = body.splitLeft(body.width - sideWidth)
            renderTree(model, highlights, animation: animation, labelWidth: labelWidth, in: treeArea, on: &canvas, glyphs: glyphs)
            let codeHeight = Swift.min(side.height, HeapPseudocode.listing(for: model.operation).count + 2, side.height - 3)
            let (codeArea, logArea) = side.splitTop(Swift.max(codeHeight, Swift.min(side.height, 11)))
            renderCode(model, in: codeArea, on: &canvas, glyphs: glyphs)
            renderLog(model, in: logArea, on: &canvas, glyphs: glyphs)
        } else {
            // Narrow: the running pseudocode line and the last log line under the tree.
            let (treeArea, lines) = body.splitBottom(2)
            renderTree(model, highlights, animation: animation, labelWidth: labelWidth, in: treeArea, on: &canvas, glyphs: glyphs)
            let listing = HeapPseudocode.listing(for: model.operation)
            if let step = model.lastStep, let line = HeapPseudocode.line(for: step.event, in: model.operation), line < listing.count {
                canvas.write("code", x: lines.x, y: lines.y, style: Theme.label)
                canvas.write(
                    listing[line].trimmingLeadingSpaces, x: lines.x + 5, y: lines.y, width: lines.width - 5,
                    style: Theme.currentLine, glyphs: glyphs)
            }
            if let event = model.recentEvents.last {
                canvas.write("log", x: lines.x, y: lines.y + 1, style: Theme.label)
                canvas.write(
                    HeapNarration.sentence(for: event, scene: model.scene, glyphs: glyphs), x: lines.x + 5, y: lines.y + 1,
                    width: lines.width - 5, glyphs: glyphs)
            }
        }
    }

    // MARK: tree

    static func renderTree(
        _ model: HeapPanelModel, _ highlights: HeapHighlights, animation: Double?, labelWidth: Int,
        in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        // The requests scene names the tuple fields where the tuples are drawn.
        let fields = model.scene.fields
        let title = fields.isEmpty ? "tree" : "\(model.scene.rawValue) (\(fields.joined(separator: ", ")))"
        let inner = canvas.box(area, title: title, glyphs: glyphs)
        guard !inner.isEmpty else { return }
        // The top row says what is held and what was returned.
        var status = ""
        if let held = model.replay.held { status = "held \(held.cell(width: inner.width / 2 - 5, glyphs: glyphs))" }
        canvas.write(status, x: inner.x, y: inner.y, style: Theme.held)
        if model.scene == .requests, let result = model.result, let request = HeapRequest(result) {
            let text = "serving \(request.name) (priority \(request.priority))".cut(toWidth: inner.width / 2, glyphs: glyphs)
            canvas.write(text, x: inner.maxX - text.count, y: inner.y, style: Theme.result)
        } else if let result = model.result {
            let text = "returned \(result.cell(width: inner.width / 2 - 9, glyphs: glyphs))"
            canvas.write(text, x: inner.maxX - text.count, y: inner.y, style: Theme.result)
        } else if let error = model.error {
            // Right-aligned when it fits beside the held value; a long
            // TypeError is cut here and written whole on the counters row.
            let text = "error: \(error.panelText)"
            let x = Swift.max(inner.x + status.count + 1, inner.maxX - text.count)
            canvas.write(text, x: x, y: inner.y, width: inner.maxX - x, style: Theme.error, glyphs: glyphs)
        }
        if highlights.heldCompared, !status.isEmpty {
            canvas.restyle(Rect(x: inner.x, y: inner.y, width: status.count, height: 1)) { $0 = Theme.compared }
        }
        let treeArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let slots = model.replay.slots
        if slots.isEmpty {
            canvas.write(
                "(empty heap)", x: treeArea.x + (treeArea.width - 12) / 2, y: treeArea.y + treeArea.height / 2,
                style: Theme.dim)
            return
        }
        var layout = HeapTreeLayout(count: slots.count, labelWidth: labelWidth, area: treeArea, focus: highlights.focus)
        // Centre the levels shown in the rows there are.
        let spare = treeArea.height - layout.height
        if spare > 1 {
            let centred = Rect(x: treeArea.x, y: treeArea.y + spare / 2, width: treeArea.width, height: layout.height)
            layout = HeapTreeLayout(count: slots.count, labelWidth: labelWidth, area: centred, focus: highlights.focus)
        }
        guard layout.levels > 0 else {
            canvas.write("(too small for the tree)", x: treeArea.x, y: treeArea.y, width: treeArea.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        // Links first, labels over them.
        for index in layout.visibleSlots {
            guard let parent = layout.position(of: index) else { continue }
            let left = layout.position(of: 2 * index + 1)
            let right = layout.position(of: 2 * index + 2)
            guard left != nil || right != nil else { continue }
            let y = parent.y + 1
            let from = left?.x ?? parent.x
            let to = right?.x ?? parent.x
            for x in from...to { canvas.put(glyphs.horizontal, x: x, y: y, style: Theme.border, clip: treeArea) }
            for child in [left, right].compactMap({ $0 }) {
                canvas.put(child.x < parent.x ? glyphs.topLeft : glyphs.topRight, x: child.x, y: y, style: Theme.border, clip: treeArea)
                for row in (y + 1)..<Swift.max(y + 1, child.y) {
                    canvas.put(glyphs.vertical, x: child.x, y: row, style: Theme.border, clip: treeArea)
                }
            }
            let joint: Character = (left != nil && right != nil) ? glyphs.teeUp : glyphs.bottomRight
            canvas.put(joint, x: parent.x, y: y, style: Theme.border, clip: treeArea)
        }
        for index in layout.visibleSlots {
            guard let position = layout.position(of: index) else { continue }
            let value = slots[index]
            let inFlight = animation != nil && highlights.move?.to == index
            let text = (value == nil || inFlight) ? String(glyphs.hole) : value!.cell(width: labelWidth, glyphs: glyphs)
            let style = inFlight ? Theme.hole : highlights.style(ofSlot: index, isHole: value == nil)
            canvas.write(text, x: position.x - (text.count - 1) / 2, y: position.y, style: style, clip: treeArea)
        }
        if let move = highlights.move, let progress = animation,
            let from = layout.position(of: move.from), let to = layout.position(of: move.to)
        {
            let x = from.x + Int((Double(to.x - from.x) * progress).rounded())
            let y = from.y + Int((Double(to.y - from.y) * progress).rounded())
            let text = move.value.cell(width: labelWidth, glyphs: glyphs)
            canvas.write(text, x: x - (text.count - 1) / 2, y: y, style: Theme.moving, clip: treeArea)
        }
        if layout.root != 0 {
            canvas.write(
                "subtree of [\(layout.root)]", x: treeArea.maxX - 16, y: treeArea.y, width: 16,
                style: Theme.dim, glyphs: glyphs)
        }
        if layout.isCutBelow {
            canvas.write(
                "\(glyphs.ellipsis) deeper levels hidden", x: treeArea.x, y: treeArea.maxY - 1,
                width: treeArea.width, style: Theme.dim, glyphs: glyphs)
        }
    }

    // MARK: array

    static func renderArray(
        _ model: HeapPanelModel, _ highlights: HeapHighlights, animation: Double?, labelWidth: Int,
        in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "array", glyphs: glyphs)
        guard inner.height >= 2 else { return }
        let slots = model.replay.slots
        let cellWidth = labelWidth + 1
        let start = inner.x + 7
        let capacity = Swift.max(1, (inner.maxX - start) / cellWidth)
        // Show a window of the array around the focus when it is too long.
        var first = 0
        if slots.count > capacity {
            first = Swift.min(Swift.max(0, highlights.focus - capacity / 2), slots.count - capacity)
        }
        let shown = first..<Swift.min(slots.count, first + capacity)
        func column(_ index: Int) -> Int { start + (index - first) * cellWidth }
        for index in shown {
            let value = slots[index]
            let inFlight = animation != nil && highlights.move?.to == index
            let text = (value == nil || inFlight) ? String(glyphs.hole) : value!.cell(width: labelWidth, glyphs: glyphs)
            let style = inFlight ? Theme.hole : highlights.style(ofSlot: index, isHole: value == nil)
            canvas.write(text, x: column(index) + labelWidth - text.count, y: inner.y, style: style)
            let label = String(index)
            canvas.write(label, x: column(index) + labelWidth - label.count, y: inner.y + 1, style: Theme.dim)
        }
        if let move = highlights.move, let progress = animation, shown.contains(move.from), shown.contains(move.to) {
            let text = move.value.cell(width: labelWidth, glyphs: glyphs)
            let x = column(move.from) + Int((Double(column(move.to) - column(move.from)) * progress).rounded())
            canvas.write(text, x: x + labelWidth - text.count, y: inner.y, style: Theme.moving)
        }
        canvas.write("value", x: inner.x, y: inner.y, style: Theme.label)
        canvas.write("index", x: inner.x, y: inner.y + 1, style: Theme.dim)
        if first > 0 { canvas.write(glyphs.ellipsis, x: start - glyphs.ellipsis.count, y: inner.y, style: Theme.dim) }
        if shown.upperBound < slots.count {
            canvas.write(glyphs.ellipsis, x: column(shown.upperBound), y: inner.y, style: Theme.dim)
        }
        if slots.isEmpty { canvas.write("[]", x: start, y: inner.y, style: Theme.dim) }
    }

    // MARK: pseudocode, log, counters

    static func renderCode(_ model: HeapPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            HeapPseudocode.listing(for: model.operation),
            current: model.lastStep.flatMap { HeapPseudocode.line(for: $0.event, in: model.operation) }, title: "code", in: area,
            glyphs: glyphs)
    }

    static func renderLog(_ model: HeapPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { event, _ in
            switch event {
            case .error: Theme.error
            case .begin: Theme.label
            default: nil
            }
        } sentence: {
            HeapNarration.sentence(for: $0, scene: model.scene, glyphs: glyphs)
        }
    }

    static func renderCounters(_ model: HeapPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        if let error = model.error, !error.isIndexError {
            // The traceback's last line, whole, where the panel is widest.
            canvas.write(error.description.prefix(area.width), x: area.x, y: area.y, style: Theme.error)
            return
        }
        let text =
            "compares \(model.comparisons) (total \(model.totalComparisons))   moves \(model.moves) (total \(model.totalMoves))   \(model.scene == .requests ? "waiting" : "size") \(model.replay.slots.count)"
        canvas.countersRow([text], in: area, glyphs: glyphs)
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
