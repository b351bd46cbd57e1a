import StepvizCore

extension LocksPanel {
    /// The thread lanes: per thread its label (marked when it has the
    /// turn), what it asked for and holds now, then a strip with one cell
    /// per step, scrolled so the newest step shows at the right.
    static func renderLanes(_ model: LocksPanelModel, in area: Rect, legend: Bool, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "threads", glyphs: glyphs)
        guard !inner.isEmpty, let scene = model.scene else { return }
        let rows = inner.height - (legend ? 1 : 0)
        guard rows > 0 else { return }
        // More threads than rows: keep the one whose turn it is in view.
        var first = 1
        if scene.threads > rows, let current = model.currentThread {
            first = Swift.min(Swift.max(1, current - rows / 2), scene.threads - rows + 1)
        }
        let labelWidth = scene.threads >= 10 ? 4 : 3
        let statusWidth = Swift.min(34, Swift.max(0, (inner.width - labelWidth - 2) * 2 / 5))
        let stripX = inner.x + labelWidth + 1 + statusWidth + 1
        let stripWidth = Swift.max(0, inner.maxX - stripX)
        let shown = model.lanes.suffix(stripWidth)
        let cutLeft = model.lanes.count > shown.count || model.droppedColumns > 0

        for (row, thread) in (first..<Swift.min(scene.threads + 1, first + rows)).enumerated() {
            let y = inner.y + row
            let isCurrent = thread == model.currentThread
            let label = (isCurrent ? glyphs.operationMark : " ") + "T\(thread)"
            canvas.write(
                label, x: inner.x, y: y, width: labelWidth + 1, style: isCurrent ? Theme.lockCurrentThread : Theme.label,
                glyphs: glyphs)
            writePieces(
                statusPieces(model, thread: thread, glyphs: glyphs), x: inner.x + labelWidth + 1, y: y,
                width: statusWidth, on: &canvas, glyphs: glyphs)
            for (offset, column) in shown.enumerated() {
                guard column.cells.indices.contains(thread - 1) else { continue }
                var (character, style) = laneGlyph(column.cells[thread - 1], model: model, glyphs: glyphs)
                // The thread that took the turn is bold in its column; at the
                // cursor (the newest column) the current thread is reversed.
                if column.actor == thread {
                    style.bold = true
                    if offset == shown.count - 1 && isCurrent { style.reverse = true }
                }
                canvas.put(character, x: stripX + offset, y: y, style: style)
            }
            if cutLeft, stripWidth > 0 {
                canvas.put(glyphs.ellipsis.count == 1 ? glyphs.ellipsis.first! : "<", x: stripX, y: y, style: Theme.dim)
            }
        }
        if legend { renderLegend(model, x: inner.x, y: inner.maxY - 1, width: inner.width, on: &canvas, glyphs: glyphs) }
    }

    /// What a thread asked for and holds, in words: its requests of the
    /// current acquisition with their ranks ("x(1) → y(2)"), the held ones
    /// underlined, the awaited one reversed, and whether the ranks rise.
    static func statusPieces(_ model: LocksPanelModel, thread: Int, glyphs: Glyphs) -> [(String, Style)] {
        guard model.activities.indices.contains(thread - 1) else { return [] }
        let activity = model.activities[thread - 1]
        switch activity.ended {
        case .finished?: return [("finished", Theme.lockFinished)]
        case .aborted(.deadlockVictim)?: return [("deadlock victim, backed off", Theme.lockAlarm)]
        case .aborted(.orderViolation)?: return [("ended: \(LockOrderViolation.message)", Theme.lockAlarm)]
        default: break
        }
        if case .backingOff(.deadlockVictim, let holding) = model.cell(of: thread, at: model.operationIndex) {
            let releasing = holding.isEmpty ? "released all" : "releases " + holding.map(shortName).joined(separator: " ")
            return [("victim: \(releasing), backs off", Theme.lockAlarm)]
        }
        let held = Set(model.held(by: thread))
        let waited = model.waited(by: thread)
        var pieces: [(String, Style)] = []
        for (index, request) in activity.requests.enumerated() {
            if index > 0 { pieces.append((" \(glyphs.arrow) ", Theme.dim)) }
            let short = shortName(request.lock)
            let text = short.hasSuffix(String(request.rank)) && short != request.lock ? short : "\(short)(\(request.rank))"
            let isRefused = activity.backOff == .orderViolation && index == activity.requests.count - 1
            let style =
                isRefused
                ? Theme.lockAlarm
                : waited?.name == request.lock
                    ? Theme.lockWaiting
                    : held.contains(request.lock) ? Theme.lockHeld : Theme.value
            pieces.append((text, style))
        }
        if activity.backOff == .orderViolation {
            pieces.append((" refused", Theme.lockAlarm))
        } else if let waited {
            pieces.append((" waits T\(waited.holder.map(String.init) ?? "?")", Theme.lockWaiting))
        } else if activity.requests.count >= 2 {
            pieces.append(activity.isRankOrdered ? (" in rank order", Theme.dim) : (" out of rank order", Theme.lockWaiting))
        }
        if pieces.isEmpty { pieces.append(("runs", Theme.dim)) }
        return pieces
    }

    /// The character and style of one lane cell.
    static func laneGlyph(_ cell: LocksLaneCell, model: LocksPanelModel, glyphs: Glyphs) -> (Character, Style) {
        switch cell {
        case .idle: return (glyphs.laneIdle, Theme.dim)
        case .holding(let locks):
            return locks.count == 1 ? (mark(of: locks[0], in: model), Theme.lockHeld) : (glyphs.laneHoldsSeveral, Theme.lockHeld)
        case .waiting(let lock, _, _): return (mark(of: lock, in: model), Theme.lockWaiting)
        case .backingOff(.deadlockVictim, _), .aborted(.deadlockVictim): return (glyphs.laneVictim, Theme.lockAlarm)
        case .backingOff(.orderViolation, _), .aborted(.orderViolation): return (glyphs.laneViolation, Theme.lockAlarm)
        case .finished: return (glyphs.laneFinished, Theme.lockFinished)
        case .gone: return (" ", .plain)
        }
    }

    /// One row saying what the lane marks mean.
    static func renderLegend(_ model: LocksPanelModel, x: Int, y: Int, width: Int, on canvas: inout Canvas, glyphs: Glyphs) {
        let sample = model.state.locks.first.map { mark(of: $0.name, in: model) } ?? "x"
        let items: [(String, Style, String)] = [
            (String(glyphs.laneIdle), Theme.dim, " runs"), (String(sample), Theme.lockHeld, " holds"),
            (String(glyphs.laneHoldsSeveral), Theme.lockHeld, " holds 2+"), (String(sample), Theme.lockWaiting, " waits"),
            (String(glyphs.laneFinished), Theme.lockFinished, " done"), (String(glyphs.laneVictim), Theme.lockAlarm, " victim"),
            (String(glyphs.laneViolation), Theme.lockAlarm, " refused"), ("bold", Style(bold: true, dim: true), ": its turn"),
        ]
        // Whole items only: a legend cut in the middle explains nothing.
        var pieces: [(String, Style)] = []
        var used = 0
        for (mark, style, meaning) in items where used + mark.count + meaning.count <= width {
            pieces += [(mark, style), (meaning + "  ", Theme.dim)]
            used += mark.count + meaning.count + 2
        }
        writePieces(pieces, x: x, y: y, width: width, on: &canvas, glyphs: glyphs)
    }
}
