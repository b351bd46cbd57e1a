import StepvizCore
import StepvizEvents

extension SchedulerPanel {
    // MARK: tasks scene

    /// The tasks, one row each, and under them the log when rows are left.
    static func renderTasksAndLog(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let listHeight = Swift.max(3, Swift.min(area.height, model.coroutines.count + 2))
        let (listArea, logArea) = area.splitTop(area.height - listHeight >= 4 ? listHeight : area.height)
        renderCoroutines(model, title: "tasks", in: listArea, on: &canvas, glyphs: glyphs)
        if logArea.height >= 4 { renderLog(model, in: logArea, on: &canvas, glyphs: glyphs) }
    }

    /// One row per coroutine: `▶ #1 countdown 3  n = 2  ready  2 turns`
    /// (tasks) or `▶ #2 counter  n = 3  running` over `mailbox ← 1 ← 0`
    /// (actors; the mailbox beside the row when there is no room for two).
    /// Narrow, the columns close up, then the turns go.
    static func renderCoroutines(
        _ model: SchedulerPanelModel, title: String, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: title, glyphs: glyphs)
        guard inner.height > 0 else { return }
        let coroutines = model.coroutines
        if coroutines.isEmpty {
            canvas.write("(none spawned)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let isActors = model.scene == .actors
        let rowsEach = isActors && inner.height >= 2 * coroutines.count ? 2 : 1
        var table = coroutines.map { coroutine -> [String] in
            var row = ["#\(coroutine.id) \(coroutine.name)", coroutine.local ?? "", statusText(coroutine, scene: model.scene)]
            if !isActors { row.append(coroutine.turns == 1 ? "1 turn" : "\(coroutine.turns) turns") }
            if isActors && rowsEach == 1 { row.append("[" + mailbox(of: coroutine.id, in: model).joined(separator: " ") + "]") }
            return row
        }
        let room = inner.width - 2
        var widths = (0..<table[0].count).map { column in table.map { $0[column].count }.max() ?? 0 }
        var gap = 2
        func total() -> Int { widths.reduce(0, +) + gap * (widths.filter { $0 > 0 }.count - 1) }
        if total() > room { gap = 1 }
        if total() > room, !isActors {
            widths.removeLast()
            table = table.map { Array($0.dropLast()) }
        }
        // Too many to list: keep the turn's coroutine in view.
        let shownCount = inner.height / rowsEach
        var first = 0
        if coroutines.count > shownCount {
            let focus = (model.turnCoroutine ?? 1) - 1
            first = Swift.min(Swift.max(0, focus - shownCount / 2), coroutines.count - shownCount)
        }
        for index in first..<Swift.min(coroutines.count, first + shownCount) {
            let coroutine = coroutines[index]
            let isTurn = coroutine.id == model.turnCoroutine
            let y = inner.y + (index - first) * rowsEach
            let line = zip(table[index], widths).filter { $0.1 > 0 }.map { pad($0.0, $0.1) }
                .joined(separator: String(repeating: " ", count: gap))
            let style: Style
            switch coroutine.status {
            case .failed: style = Theme.error
            case _ where isTurn: style = Theme.held
            case .finished, .cancelled: style = Theme.dim
            default: style = Theme.value
            }
            if isTurn { canvas.write(String(glyphs.playing), x: inner.x, y: y, style: Theme.held) }
            canvas.write(line, x: inner.x + 2, y: y, width: room, style: style, glyphs: glyphs)
            if rowsEach == 2 {
                let messages = mailbox(of: coroutine.id, in: model)
                let text =
                    messages.isEmpty
                    ? "mailbox empty"
                    : "mailbox " + messages.map { "\(glyphs.leftArrow) \($0)" }.joined(separator: " ")
                canvas.write(
                    text, x: inner.x + 4, y: y + 1, width: inner.width - 4,
                    style: messages.isEmpty ? Theme.dim : Theme.value, glyphs: glyphs)
            }
        }
    }

    static func statusText(_ coroutine: SchedulerCoroutine, scene: SchedulerScene.Kind) -> String {
        switch coroutine.status {
        case .new: "new"
        case .running: "running"
        case .parked: scene == .tasks ? "ready" : "waiting"
        case .finished: "finished"
        case .cancelled: "cancelled"
        case .failed: "failed"
        }
    }

    /// The messages queued for actor `id`, in delivery order.
    static func mailbox(of id: Int, in model: SchedulerPanelModel) -> [String] {
        model.messageQueue.filter { $0.task == id }.map { SchedulerNarration.text($0.message) }
    }

    static func renderLog(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { event, _ in
            switch event {
            case .begin: Theme.label
            case .scheduler(.failed): Theme.error
            default: nil
            }
        } sentence: {
            SchedulerNarration.sentence(for: $0, in: model, glyphs: glyphs)
        }
    }

    // MARK: actors scene

    /// The actors with their mailboxes, and under them every send.
    static func renderActorsAndSends(
        _ model: SchedulerPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let listHeight = Swift.max(3, Swift.min(area.height - 3, 2 * model.coroutines.count + 2))
        let (listArea, sendsArea) = area.splitTop(listHeight)
        renderCoroutines(model, title: "actors", in: listArea, on: &canvas, glyphs: glyphs)
        renderSends(model, animation: animation, in: sendsArea, on: &canvas, glyphs: glyphs)
    }

    /// Every send, oldest first: `counter → printer: 3`; the newest in bold,
    /// and mid-animation its message travels along `counter ──3──▶ printer`.
    static func renderSends(
        _ model: SchedulerPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "sends", glyphs: glyphs)
        guard inner.height > 0 else { return }
        if model.sends.isEmpty {
            canvas.write("(no message sent yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let justSent: Bool
        switch model.lastStep?.event {
        case .scheduler(.send)?: justSent = true
        case .scheduler(.drop)? where model.turnStage != .dropped: justSent = true
        case .scheduler(.messages)? where model.codeLine == 6: justSent = true
        default: justSent = false
        }
        let shown = model.sends.suffix(inner.height)
        for (row, send) in shown.enumerated() {
            let y = inner.y + row
            let isNewest = row == shown.count - 1 && justSent
            let from = send.from ?? "outside"
            let message = SchedulerNarration.text(send.message)
            if isNewest, let progress = animation, send.dropped == nil {
                let track = 10
                canvas.write(from + " ", x: inner.x, y: y, style: Theme.held, clip: inner)
                let start = inner.x + from.count + 1
                for offset in 0..<track { canvas.put(glyphs.horizontal, x: start + offset, y: y, style: Theme.border, clip: inner) }
                canvas.put(glyphs.arrowHead, x: start + track, y: y, style: Theme.border, clip: inner)
                canvas.write(" " + send.to, x: start + track + 1, y: y, style: Theme.held, clip: inner)
                let position = start + Int((Double(track - message.count) * progress).rounded())
                canvas.write(message, x: position, y: y, style: Theme.moving, clip: inner)
                continue
            }
            var text = "\(from) \(glyphs.arrow) \(send.to): \(message)"
            if let reason = send.dropped { text += "  dropped: \(reason)" }
            let style = send.dropped != nil ? Theme.dim : (isNewest ? Theme.held : Theme.value)
            canvas.write(text, x: inner.x, y: y, width: inner.width, style: style, glyphs: glyphs)
        }
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
