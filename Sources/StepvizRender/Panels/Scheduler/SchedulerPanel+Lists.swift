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

    /// One row per coroutine: `▶ #1 countdown 3  n = 2  running  2 turns`
    /// (tasks) or `#2 counter  n = 3  waiting  mailbox [1]` (actors).
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
        let tagWidth = coroutines.map { "#\($0.id) \($0.name)".count }.max() ?? 0
        let localWidth = coroutines.map { $0.local?.count ?? 0 }.max() ?? 0
        // Too many to list: keep the turn's coroutine in view.
        var first = 0
        if coroutines.count > inner.height {
            let focus = (model.turnCoroutine ?? 1) - 1
            first = Swift.min(Swift.max(0, focus - inner.height / 2), coroutines.count - inner.height)
        }
        for row in 0..<Swift.min(inner.height, coroutines.count - first) {
            let coroutine = coroutines[first + row]
            let isTurn = coroutine.id == model.turnCoroutine
            let y = inner.y + row
            var columns = [pad("#\(coroutine.id) \(coroutine.name)", tagWidth)]
            if localWidth > 0 { columns.append(pad(coroutine.local ?? "", localWidth)) }
            columns.append(pad(statusText(coroutine, scene: model.scene), 9))
            switch model.scene {
            case .tasks: columns.append(coroutine.turns == 1 ? "1 turn" : "\(coroutine.turns) turns")
            case .actors: columns.append("mailbox [" + mailbox(of: coroutine.id, in: model).joined(separator: " ") + "]")
            }
            let line = columns.joined(separator: "  ")
            let style: Style
            switch coroutine.status {
            case .failed: style = Theme.error
            case _ where isTurn: style = Theme.held
            case .finished, .cancelled: style = Theme.dim
            default: style = Theme.value
            }
            if isTurn { canvas.write(String(glyphs.playing), x: inner.x, y: y, style: Theme.held) }
            canvas.write(line, x: inner.x + 2, y: y, width: inner.width - 2, style: style, glyphs: glyphs)
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
        guard inner.height > 0 else { return }
        let lines = model.recentEvents.suffix(inner.height)
        for (row, event) in lines.enumerated() {
            let style: Style
            switch event {
            case .begin: style = Theme.label
            case .scheduler(.failed): style = Theme.error
            default: style = row == lines.count - 1 ? Style(bold: true) : Theme.value
            }
            canvas.write(SchedulerNarration.sentence(for: event, in: model, glyphs: glyphs), x: inner.x, y: inner.y + row,
                         width: inner.width, style: style, glyphs: glyphs)
        }
    }

    // MARK: actors scene

    /// The actors with their mailboxes, and under them every send.
    static func renderActorsAndSends(
        _ model: SchedulerPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let listHeight = Swift.max(3, Swift.min(area.height - 3, model.coroutines.count + 2))
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
