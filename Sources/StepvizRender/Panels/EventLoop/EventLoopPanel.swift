import StepvizCore
import StepvizEvents

/// Draws the event-loop panel for one model: the selector's interest list,
/// the `select` calls with the keys the kernel returned, the ready queue
/// and the timer heap, the sockets (server scene) or the tasks with what
/// they await (tasks scene), the program's output with its times, and the
/// loop's code with the running line. A pure function of its inputs: it
/// only writes into the canvas, inside `area`.
public enum EventLoopPanel {
    /// The smallest area the panel draws into.
    public static let minimumSize = (width: 60, height: 16)
    /// From this width on, the code and the output get a column of their own.
    static let sideColumnFrom = 84
    /// Rows the side column's output keeps under the code, at least.
    static let outputMinimumRows = 6

    public static func render(
        _ model: EventLoopPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let (upper, statusRow) = area.splitBottom(1)
        renderStatus(model, in: statusRow, on: &canvas, glyphs: glyphs)
        var main = upper
        if upper.width >= sideColumnFrom {
            let listing = EventLoopPseudocode.listing(for: model.scene)
            let sideWidth = Swift.min(upper.width - 48, Swift.max((listing.map(\.count).max() ?? 0) + 2, upper.width * 2 / 5))
            let (left, side) = upper.splitLeft(upper.width - sideWidth)
            let codeHeight = Swift.min(listing.count + 2, Swift.max(3, side.height - outputMinimumRows))
            let (codeArea, outputArea) = side.splitTop(codeHeight)
            renderCode(model, in: codeArea, on: &canvas, glyphs: glyphs)
            renderOutput(model, in: outputArea, on: &canvas, glyphs: glyphs)
            main = left
        } else {
            let (top, codeRow) = upper.splitBottom(1)
            canvas.codeLine(EventLoopPseudocode.listing(for: model.scene), current: model.codeLine, in: codeRow, glyphs: glyphs)
            main = top
        }
        let interestRows = Swift.min(Swift.max(1, model.replay.state.interest.count), main.height >= 20 ? 5 : 2) + 2
        let (interestArea, belowInterest) = main.splitTop(interestRows)
        let (selectArea, belowSelect) = belowInterest.splitTop(main.height >= 20 ? 4 : 3)
        let (queueArea, belowQueue) = belowSelect.splitTop(3)
        let (timersArea, rest) = belowQueue.splitTop(3)
        renderInterest(model, in: interestArea, on: &canvas, glyphs: glyphs)
        renderSelects(model, in: selectArea, on: &canvas, glyphs: glyphs)
        renderReady(model, in: queueArea, on: &canvas, glyphs: glyphs)
        renderTimers(model, in: timersArea, on: &canvas, glyphs: glyphs)
        var listArea = rest
        if upper.width < sideColumnFrom {
            // Narrow: the output beside the list.
            let (left, right) = rest.splitLeft(rest.width / 2)
            listArea = left
            renderOutput(model, in: right, on: &canvas, glyphs: glyphs)
        }
        switch model.scene {
        case .server: renderSockets(model, in: listArea, on: &canvas, glyphs: glyphs)
        case .tasks: renderTasks(model, in: listArea, on: &canvas, glyphs: glyphs)
        }
    }

    /// The style of a line the last step touched.
    static func touched(_ isTouched: Bool) -> Style { isTouched ? Theme.compared : Theme.value }

    // MARK: selector

    /// `fd 4  server (listener)  read  reader accept`, in registration order;
    /// the keys the last `select` returned stand out.
    static func renderInterest(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(
            area, title: "interest list (epoll fd \(EventLoopDescriptorNumbers.selector))", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let interest = model.replay.state.interest
        if interest.isEmpty {
            canvas.write("(nothing registered)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        var lastReady: [Int32] = []
        if case .loop(.selected(_, let ready))? = model.lastStep?.event { lastReady = ready.map(\.fd) }
        var changed: Int32?
        switch model.lastStep?.event {
        case .loop(.registered(let fd, _, _))?, .loop(.modified(let fd, _, _))?: changed = fd
        default: break
        }
        let shown = interest.count > inner.height ? Array(interest.suffix(inner.height)) : interest
        for (row, key) in shown.enumerated() {
            let label = model.openSockets.last { $0.fd == key.fd }?.label ?? "?"
            let text = "fd \(key.fd)  \(label.paddedColumn(12))\(key.events.description.paddedColumn(11))\(key.callbacks)"
            let style = lastReady.contains(key.fd) ? Theme.result : touched(changed == key.fd)
            canvas.write(text, x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
        }
    }

    /// The newest `select` calls, newest at the bottom: `#3 select(0) → fd 5 read`.
    static func renderSelects(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "select (the kernel's ready list)", glyphs: glyphs)
        guard inner.height > 0 else { return }
        if model.selects.isEmpty {
            canvas.write("(no select yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let justSelected: Bool = if case .loop(.selected)? = model.lastStep?.event { true } else { false }
        let shown = model.selects.suffix(inner.height)
        for (row, call) in shown.enumerated() {
            let timeout = call.timeout.map(EventLoop.formatSeconds) ?? "None"
            var ready = call.ready.isEmpty ? "[]" : call.ready.map { "fd \($0.fd) \($0.events)" }.joined(separator: ", ")
            if call.blocks {
                // The virtual loop stops here; a real one would sleep in the kernel.
                ready = model.scene == .server ? "blocks until a client acts" : "blocks: nothing left to run"
            }
            let isNewest = row == shown.count - 1
            let style = isNewest ? (justSelected ? Theme.result : Style(bold: true)) : Theme.value
            canvas.write(
                "#\(call.iteration) select(\(timeout)) \(call.blocks ? glyphs.ellipsis : glyphs.arrow) \(ready)", x: inner.x,
                y: inner.y + row, width: inner.width,
                style: style, glyphs: glyphs)
        }
    }

    // MARK: queues

    /// `next ← #7 accept  #9 Task-3.step ← back`, and the callback running.
    static func renderReady(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let title = model.running.map { "ready (deque), running #\($0.id) \($0.name)" } ?? "ready (deque)"
        let inner = canvas.box(area, title: title, glyphs: glyphs)
        guard inner.height > 0 else { return }
        let chips = model.replay.ready.map { "#\($0.id) \($0.name)" }
        var justQueued: Int?
        if case .loop(.callbackQueued(let id, _))? = model.lastStep?.event { justQueued = id }
        writeChips(
            chips, head: "next \(glyphs.leftArrow) ", tail: " \(glyphs.leftArrow) back",
            highlighted: justQueued.flatMap { id in model.replay.ready.lastIndex { $0.id == id } }, in: inner, on: &canvas, glyphs: glyphs)
    }

    /// The timer heap in array order: `[0] 1.0 #5 sleep(1) done`.
    static func renderTimers(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "timers (heap, by deadline)", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let timers = model.replay.timers.unordered
        let chips = timers.enumerated().map {
            "[\($0.offset)] \(EventLoop.formatSeconds($0.element.when)) #\($0.element.id) \($0.element.name)"
        }
        var pushed: Int?
        if case .loop(.timerPushed(let id, _, _))? = model.lastStep?.event { pushed = timers.firstIndex { $0.id == id } }
        writeChips(chips, head: "", tail: "", highlighted: pushed, in: inner, on: &canvas, glyphs: glyphs)
    }

    /// Chips in one row between `head` and `tail`, cut with an ellipsis.
    static func writeChips(
        _ chips: [String], head: String, tail: String, highlighted: Int?, in inner: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        canvas.write(head, x: inner.x, y: inner.y, style: Theme.label)
        var x = inner.x + head.count
        if chips.isEmpty {
            canvas.write("(empty)", x: x, y: inner.y, style: Theme.dim)
            x += 9
        }
        let allFit = chips.reduce(0) { $0 + $1.count + 2 } <= inner.width - head.count - tail.count
        let limit = inner.maxX - tail.count - (allFit ? 0 : glyphs.ellipsis.count + 1)
        for (index, chip) in chips.enumerated() {
            guard x + chip.count <= limit else {
                canvas.write(glyphs.ellipsis, x: x, y: inner.y, style: Theme.dim)
                x += glyphs.ellipsis.count + 2
                break
            }
            let style = index == highlighted ? Theme.held : (index == 0 ? Style(bold: true) : Theme.value)
            canvas.write(chip, x: x, y: inner.y, style: style)
            x += chip.count + 2
        }
        if !tail.isEmpty { canvas.write(tail, x: Swift.min(x - 2, inner.maxX - tail.count), y: inner.y, style: Theme.label) }
    }

    // MARK: sockets and tasks

    /// Every socket of the run: `fd 6 client 1  sent b'hello\n'` (closed ones dim).
    static func renderSockets(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "sockets (127.0.0.1)", glyphs: glyphs)
        guard inner.height > 0 else { return }
        if model.sockets.isEmpty {
            canvas.write("(no socket yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        // The open ones first, then the newest closed.
        let rows = model.openSockets + model.sockets.filter(\.isClosed).reversed()
        for (row, socket) in rows.prefix(inner.height).enumerated() {
            var text = "fd \(socket.fd) \(socket.label)"
            if socket.isClosed { text += " closed" }
            if !socket.sent.isEmpty { text += "  sent \(LoopValue.bytesLiteral(socket.sent))" }
            if !socket.received.isEmpty { text += "  got \(LoopValue.bytesLiteral(socket.received))" }
            if let error = socket.error { text += "  \(error)" }
            let style = socket.error != nil ? Theme.error : (socket.isClosed ? Theme.dim : Theme.value)
            canvas.write(text, x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
        }
    }

    /// Every task: `Task-2 say_after(1, 'hello')  awaits sleep(1)`.
    static func renderTasks(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "tasks", glyphs: glyphs)
        guard inner.height > 0 else { return }
        if model.tasks.isEmpty {
            canvas.write("(no task has stepped yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let nameWidth = Swift.min(30, model.tasks.map { $0.name.count + 1 + $0.coroutine.count }.max() ?? 0) + 2
        for (row, task) in model.tasks.prefix(inner.height).enumerated() {
            let status: String
            var style = Theme.value
            switch task.status {
            case .created: status = "created"
            case .running:
                status = "running"
                style = Theme.result
            case .awaiting(let what): status = "awaits \(what)"
            case .yielded: status = "yielded"
            case .done(let outcome):
                status = "done: \(outcome)"
                style = outcome.hasSuffix(")") && outcome != "None" ? Theme.error : Theme.dim
            }
            canvas.write(
                "\(task.name) \(task.coroutine)".paddedColumn(nameWidth) + status, x: inner.x, y: inner.y + row, width: inner.width,
                style: style, glyphs: glyphs)
        }
    }

    // MARK: code and output

    static func renderCode(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            EventLoopPseudocode.listing(for: model.scene), current: model.codeLine, title: EventLoopPseudocode.title(for: model.scene),
            in: area,
            glyphs: glyphs)
    }

    /// What the program printed, each line after the loop's time, newest at the bottom.
    static func renderOutput(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "output (t = loop time)", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let output = model.replay.output
        if output.isEmpty {
            canvas.write("(nothing printed yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let justPrinted: Bool = if case .loop(.output)? = model.lastStep?.event { true } else { false }
        let shown = output.suffix(inner.height)
        let timeWidth = shown.map { EventLoop.formatSeconds($0.time).count }.max() ?? 3
        for (row, line) in shown.enumerated() {
            let y = inner.y + row
            let isNewest = row == shown.count - 1
            canvas.write(
                EventLoop.formatSeconds(line.time), x: inner.x, y: y, width: Swift.min(timeWidth, inner.width), style: Theme.dim,
                glyphs: glyphs)
            let textX = inner.x + timeWidth + 1
            guard textX + 2 < inner.maxX else { continue }
            canvas.put(glyphs.vertical, x: textX, y: y, style: Theme.border)
            let style = isNewest && justPrinted ? Theme.result : (isNewest ? Style(bold: true) : Theme.value)
            canvas.write(" " + line.text, x: textX + 1, y: y, width: inner.maxX - textX - 1, style: style, glyphs: glyphs)
        }
    }

    // MARK: status row

    static func renderStatus(_ model: EventLoopPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        let state = model.replay.state
        let counters =
            "t=\(EventLoop.formatSeconds(state.time))  iter \(model.iterations)  ran \(model.callbacksRun)  \(state.ready.count) ready  \(state.timers.count) timers"
        let sentence =
            model.lastStep.map { EventLoopNarration.sentence(for: $0.event, in: model, glyphs: glyphs) }
            ?? "\(model.scene.rawValue): nothing has run yet"
        let style = model.lastStep.map { if case .error = $0.event { Theme.error } else { Style(bold: true) } } ?? Style(bold: true)
        canvas.statusRow(sentence, counters: counters, style: style, in: area, glyphs: glyphs)
    }
}
