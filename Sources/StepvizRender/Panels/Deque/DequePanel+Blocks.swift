import StepvizCore
import StepvizEvents

extension DequePanel {
    /// Rows of the blocks box: its borders and nine rows inside (message,
    /// values in flight, the block boxes' four, index markers, hidden
    /// blocks and the indices' legend, Python's repr).
    static let blocksHeight = 11

    /// Draws the block list as CPython builds it, inside a box: one box per
    /// block, slots with their values, the left and right indices marked
    /// under their slots, a value leaving or arriving above its slot, and
    /// the deque as Python prints it underneath.
    static func renderBlocks(
        _ model: DequePanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "deque", glyphs: glyphs)
        guard !inner.isEmpty else { return }
        renderMessage(model, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), on: &canvas, glyphs: glyphs)
        let window = DequeBlockWindow(model, x: inner.x, width: inner.width)
        let rows = (flight: inner.y + 1, top: inner.y + 2, markers: inner.y + 6, hidden: inner.y + 7, python: inner.y + 8)
        let layout = model.layout
        let highlights = model.highlights
        // Only a write or a rotation step travels; the steps after them keep
        // their highlights but are settled.
        var isTravelling = false
        if animation != nil, case .deque(let event)? = model.lastStep?.event {
            switch event {
            case .slotWritten, .rotationStep: isTravelling = true
            default: break
            }
        }

        if inner.height < 6 {
            // Too short for the boxes (smaller than the panel's minimum).
        } else if window.boxWidth > inner.width {
            canvas.write(
                "(a block of \(layout.blockSize) slots is wider than the panel)", x: inner.x, y: rows.top + 1,
                width: inner.width, style: Theme.dim, glyphs: glyphs)
        } else {
            for entry in window.shown {
                renderBox(entry, of: window, model, isTravelling: isTravelling, y: rows.top, clip: inner, on: &canvas, glyphs: glyphs)
            }
            renderMarkers(layout, window, isReset: highlights.indicesReset, y: rows.markers, clip: inner, on: &canvas)
            renderFlightRow(
                model, window, animation: isTravelling ? animation : nil, y: rows.flight, clip: inner,
                on: &canvas, glyphs: glyphs)
        }

        renderHiddenRow(
            model, window, in: Rect(x: inner.x, y: rows.hidden, width: inner.width, height: 1),
            on: &canvas, glyphs: glyphs)
        let repr = DequeNarration.pythonRepr(layout.items, maxlen: model.maxlen, width: inner.width, glyphs: glyphs)
        canvas.write(repr, x: inner.x, y: rows.python, width: inner.width, glyphs: glyphs)
    }

    /// The blocks hidden on each side, and between them what `L` and `R`
    /// stand for, with the indices' values (the names the code pane uses).
    private static func renderHiddenRow(
        _ model: DequePanelModel, _ window: DequeBlockWindow, in row: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        func hidden(_ count: Int) -> String { count == 1 ? "1 block hidden" : "\(count) blocks hidden" }
        let left = window.hiddenLeft > 0 ? "\(glyphs.leftArrow) \(hidden(window.hiddenLeft))" : ""
        let right = window.hiddenRight > 0 ? "\(hidden(window.hiddenRight)) \(glyphs.arrow)" : ""
        canvas.write(left, x: row.x, y: row.y, style: Theme.dim, clip: row)
        canvas.write(right, x: row.maxX - right.count, y: row.y, style: Theme.dim, clip: row)
        let legend = "L leftindex \(model.layout.leftIndex)   R rightindex \(model.layout.rightIndex)"
        let room = row.width - 2 * (Swift.max(left.count, right.count) + 2)
        guard legend.count <= room else { return }
        canvas.write(
            legend, x: row.x + (row.width - legend.count) / 2, y: row.y,
            style: model.highlights.indicesReset ? Theme.currentLine : Theme.dim)
    }

    /// The running operation and its progress on the left, its outcome on
    /// the right.
    static func renderMessage(_ model: DequePanelModel, in row: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard let operation = model.operation else {
            canvas.write(
                "no operation yet", x: row.x, y: row.y, width: row.width,
                style: Theme.dim, glyphs: glyphs)
            return
        }
        let outcome: (text: String, style: Style)?
        if let error = model.error {
            outcome = ("error: \(error.panelText)", Theme.error)
        } else if let result = model.result {
            outcome = ("returned \(result)", Theme.result)
        } else if !model.discarded.isEmpty {
            outcome = ("fell off: " + model.discarded.map(\.repr).joined(separator: " "), Theme.dequeFellOff)
        } else {
            outcome = nil
        }
        let outcomeWidth = Swift.min(row.width, outcome?.text.count ?? 0)
        let label = "\(glyphs.operationMark) \(operation)"
        let room = row.width - outcomeWidth - (outcome == nil ? 0 : 2)
        canvas.write(label, x: row.x, y: row.y, width: room, style: Theme.label, glyphs: glyphs)
        if let progress = progress(of: model, operation), label.count + 3 + progress.count <= room {
            canvas.write(progress, x: row.x + label.count + 3, y: row.y, style: Theme.dim)
        }
        if let outcome {
            canvas.write(outcome.text, x: row.maxX - outcomeWidth, y: row.y, width: outcomeWidth, style: outcome.style, glyphs: glyphs)
        }
    }

    /// How far a many-step operation has got: "item 2 of 3", "move 1 of 2".
    private static func progress(of model: DequePanelModel, _ operation: DequeOperation) -> String? {
        switch operation {
        case .extend(let values), .extendLeft(let values):
            values.isEmpty ? nil : "item \(model.written) of \(values.count)"
        case .rotate: model.rotationLength == 0 ? nil : "move \(model.rotationMoves) of \(model.rotationLength)"
        case .index:
            model.highlights.walking == nil ? nil : "walked \(model.highlights.walked.count + 1) of \(model.layout.blocks.count) blocks"
        default: nil
        }
    }

    /// One block's box (or a freed block's outline) with its slots and
    /// their numbers, and the link to the box before it.
    private static func renderBox(
        _ entry: Int, of window: DequeBlockWindow, _ model: DequePanelModel, isTravelling: Bool,
        y: Int, clip: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let highlights = model.highlights
        let x = window.boxX(entry)
        let rect = Rect(x: x, y: y, width: window.boxWidth, height: 4)
        let block: DequeLayout<PythonValue>.Block
        let isFreed: Bool
        switch window.entries[entry] {
        case .linked(let position):
            block = model.layout.blocks[position]
            isFreed = false
        case .freed(let freed):
            block = .init(id: freed.block, slots: Array(repeating: nil, count: model.layout.blockSize))
            isFreed = true
        }
        var title = "block #\(block.id)"
        if isFreed {
            title += " freed"
        } else if highlights.allocated == block.id {
            title += " new"
        } else if highlights.walking == block.id {
            title += " walk"
        }
        let border = isFreed ? Theme.dequeFreedBlock : highlights.borderStyle(of: block.id)
        canvas.box(rect, title: title, glyphs: glyphs, style: border)

        for (slot, stored) in block.slots.enumerated() {
            let reference = DequeHighlights.Slot(block: block.id, index: slot)
            // A value still travelling is drawn above its slot, not in it.
            let value = isTravelling && highlights.arrival == reference ? nil : stored
            let text =
                value?.cell(width: window.cellWidth, glyphs: glyphs) ?? String(glyphs.hole).cut(toWidth: window.cellWidth, glyphs: glyphs)
            let style = isFreed ? Theme.dequeFreedBlock : highlights.style(of: reference, isEmpty: value == nil)
            let slotX = window.slotX(entry, slot: slot)
            canvas.write(text, x: slotX + window.cellWidth - text.count, y: y + 1, style: style, clip: clip)
            let number = String(slot)
            canvas.write(number, x: slotX + window.cellWidth - number.count, y: y + 2, style: Theme.dim, clip: clip)
        }
        // The double link to the previous box; a freed block has none.
        if entry > window.shown.lowerBound, case .linked = window.entries[entry], case .linked = window.entries[entry - 1] {
            canvas.write(glyphs.blockLink, x: x - DequeBlockWindow.gap, y: y + 1, style: Theme.border, clip: clip)
        }
    }

    /// `L` and `R` under the slots the left and right indices point at
    /// (`LR` when they share one); an index just outside its block (right
    /// after a block is linked) sits on that block's border.
    private static func renderMarkers(
        _ layout: DequeLayout<PythonValue>, _ window: DequeBlockWindow, isReset: Bool, y: Int, clip: Rect, on canvas: inout Canvas
    ) {
        guard let first = layout.blocks.first, let last = layout.blocks.last else { return }
        let style = isReset ? Theme.currentLine : Theme.label
        func column(_ block: Int, _ slot: Int) -> Int? {
            guard let entry = window.shownEntry(ofBlock: block, in: layout) else { return nil }
            let x = window.slotX(entry, slot: slot) + window.cellWidth - 1
            return Swift.min(Swift.max(x, window.boxX(entry)), window.boxX(entry) + window.boxWidth - 1)
        }
        let left = column(first.id, layout.leftIndex)
        let right = column(last.id, layout.rightIndex)
        if let left, left == right {
            canvas.write("LR", x: left - 1, y: y, style: style, clip: clip)
            return
        }
        if let left { canvas.put("L", x: left, y: y, style: style, clip: clip) }
        if let right { canvas.put("R", x: right, y: y, style: style, clip: clip) }
    }

    /// Above the slots: the value that just left (result green, or red when
    /// `maxlen` dropped it), or the value travelling while the step animates.
    private static func renderFlightRow(
        _ model: DequePanelModel, _ window: DequeBlockWindow, animation: Double?, y: Int, clip: Rect,
        on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let layout = model.layout
        let highlights = model.highlights
        func column(_ slot: DequeHighlights.Slot) -> Int? {
            window.shownEntry(ofBlock: slot.block, in: layout).map { window.slotX($0, slot: slot.index) }
        }
        func put(_ value: PythonValue, atSlotColumn x: Int, style: Style) {
            let text = value.cell(width: window.cellWidth, glyphs: glyphs)
            canvas.write(text, x: x + window.cellWidth - text.count, y: y, style: style, clip: clip)
        }
        if let departure = highlights.departure, let x = column(departure.slot) {
            put(departure.value, atSlotColumn: x, style: departure.isDiscard ? Theme.dequeFellOff : Theme.result)
        }
        guard let progress = animation else { return }
        if let flight = highlights.flight, let to = column(flight.to) {
            let from = column(flight.from) ?? to
            put(flight.value, atSlotColumn: from + Int((Double(to - from) * progress).rounded()), style: Theme.moving)
        } else if let written = highlights.written, let x = column(written),
            let value = layout.blocks.first(where: { $0.id == written.block })?.slots[written.index]
        {
            put(value, atSlotColumn: x, style: Theme.moving)
        }
    }
}
