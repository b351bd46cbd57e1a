import StepvizCore
import StepvizEvents

/// Draws the scheduler panel for one model: the queue the scheduler runs
/// (tasks, or messages for actors), the turn in progress, the coroutines,
/// the sends (actors), the program's output with the coroutine that printed
/// each line, and the notes' run loop with the running line. A pure function
/// of its inputs: it only writes into the canvas, inside `area`.
public enum SchedulerPanel {
    /// The smallest area the panel draws into (the whole screen adds a
    /// header and a status line).
    public static let minimumSize = (width: 60, height: 16)
    public static let runsThreads = true
    /// From this width on, the code and the output get a column of their own.
    static let sideColumnFrom = 76
    /// Rows the side column's output keeps under the code, at least.
    static let transcriptMinimumRows = 7

    public static func render(
        _ model: SchedulerPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let (upper, statusRow) = area.splitBottom(1)
        renderStatus(model, in: statusRow, on: &canvas, glyphs: glyphs)
        let listing = SchedulerPseudocode.listing(for: model.scene)
        let main: Rect
        let transcript: Rect?
        if upper.width >= sideColumnFrom {
            // The code unclipped, as long as the list keeps its 36 columns;
            // wide, two fifths, so the output gets room too.
            let sideWidth = Swift.min(upper.width - 36, Swift.max((listing.map(\.count).max() ?? 0) + 2, upper.width * 2 / 5))
            let (left, side) = upper.splitLeft(upper.width - sideWidth)
            let codeHeight = Swift.min(listing.count + 2, Swift.max(3, side.height - transcriptMinimumRows))
            let (codeArea, transcriptArea) = side.splitTop(codeHeight)
            renderCode(model, in: codeArea, on: &canvas, glyphs: glyphs)
            renderTranscript(model, in: transcriptArea, on: &canvas, glyphs: glyphs)
            main = left
            transcript = nil
        } else {
            // Narrow: the running line of code under everything, the output beside the list.
            let (top, codeRow) = upper.splitBottom(1)
            canvas.codeLine(SchedulerPseudocode.listing(for: model.scene), current: model.codeLine, in: codeRow, glyphs: glyphs)
            main = top
            let listWidth = top.width * 11 / 20
            transcript = Rect(x: top.x + listWidth, y: top.y, width: top.width - listWidth, height: top.height)
        }
        let (queueArea, belowQueue) = main.splitTop(3)
        let (turnArea, rest) = belowQueue.splitTop(4)
        renderQueue(model, animation: animation, in: queueArea, on: &canvas, glyphs: glyphs)
        renderTurn(model, in: turnArea, on: &canvas, glyphs: glyphs)
        var listArea = rest
        if let transcript {
            let transcriptArea = Rect(x: transcript.x, y: rest.y, width: transcript.width, height: rest.height)
            renderTranscript(model, in: transcriptArea, on: &canvas, glyphs: glyphs)
            listArea = Rect(x: rest.x, y: rest.y, width: rest.width - transcript.width, height: rest.height)
        }
        switch model.scene {
        case .tasks: renderTasksAndLog(model, in: listArea, on: &canvas, glyphs: glyphs)
        case .actors: renderActorsAndSends(model, animation: animation, in: listArea, on: &canvas, glyphs: glyphs)
        }
    }

    // MARK: code

    static func renderCode(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            SchedulerPseudocode.listing(for: model.scene), current: model.codeLine, title: SchedulerPseudocode.title(for: model.scene),
            in: area,
            glyphs: glyphs)
    }

    // MARK: output

    /// The program's output, each line after the coroutine that printed it
    /// (`#1 countdown 3 │ T-minus 3`), the newest at the bottom in bold.
    static func renderTranscript(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "output", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let output = model.replay.output
        if output.isEmpty {
            canvas.write("(nothing printed yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let idWidth = 1 + String(model.coroutines.count).count
        let longestText = output.map(\.text.count).max() ?? 0
        // The name beside the id when the lines still fit; the list names the ids.
        let nameWidth = Swift.min(14, model.coroutines.map { $0.name.count }.max() ?? 0)
        let withNames = idWidth + 1 + nameWidth + 3 + longestText <= inner.width
        let tagWidth = withNames ? idWidth + 1 + nameWidth : idWidth
        let justPrinted: Bool = if case .scheduler(.output)? = model.lastStep?.event { true } else { false }
        let shown = output.suffix(inner.height)
        for (row, line) in shown.enumerated() {
            let y = inner.y + row
            let isNewest = row == shown.count - 1
            let tag = withNames ? "#\(line.task) \(model.name(of: line.task))" : "#\(line.task)"
            canvas.write(tag, x: inner.x, y: y, width: Swift.min(tagWidth, inner.width), style: Theme.dim, glyphs: glyphs)
            let textX = inner.x + tagWidth + 2
            guard textX + 2 < inner.maxX else { continue }
            canvas.put(glyphs.vertical, x: textX - 1, y: y, style: Theme.border)
            let style = isNewest && justPrinted ? Theme.result : (isNewest ? Style(bold: true) : Theme.value)
            canvas.write(" " + line.text, x: textX, y: y, width: inner.maxX - textX, style: style, glyphs: glyphs)
        }
    }

    // MARK: queue

    /// The scheduler's deque, next first: `next ← #2 countdown 2  #3 countup 4 ← back`.
    /// Mid-animation the chip that entered slides in from the back, and the
    /// chip taken off the front slides out past `next`.
    static func renderQueue(
        _ model: SchedulerPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let title = model.scene == .tasks ? "run queue (deque)" : "message queue (deque)"
        let inner = canvas.box(area, title: title, glyphs: glyphs)
        guard inner.height > 0, inner.width > 0 else { return }
        let motion = SchedulerQueueMotion(model)
        let labels = queueLabels(model, long: true)
        let totalLong = labels.reduce(0) { $0 + $1.count + 1 }
        let head = "next \(glyphs.leftArrow) "
        let tail = " \(glyphs.leftArrow) back"
        let room = inner.width - head.count - tail.count
        let chips = totalLong <= room ? labels : queueLabels(model, long: false)
        canvas.write(head, x: inner.x, y: inner.y, style: Theme.label)
        var x = inner.x + head.count
        // When not every chip fits, the last cells before the tail say so.
        let allFit = chips.reduce(0) { $0 + $1.count + 1 } <= room
        let limit = inner.maxX - tail.count - (allFit ? 0 : glyphs.ellipsis.count + 1)
        var entering: (x: Int, text: String)?
        if chips.isEmpty {
            canvas.write("(empty)", x: x, y: inner.y, style: Theme.dim)
            x += 8
        }
        for (index, chip) in chips.enumerated() {
            guard x + chip.count <= limit else {
                canvas.write(glyphs.ellipsis, x: x, y: inner.y, style: Theme.dim)
                x += glyphs.ellipsis.count + 1
                break
            }
            let isEntering = animation != nil && motion.entersAtBack && index == chips.count - 1
            if isEntering {
                entering = (x, chip)
                canvas.write(String(repeating: glyphs.hole, count: chip.count), x: x, y: inner.y, style: Theme.hole)
            } else {
                let style = index == 0 ? Style(bold: true) : Theme.value
                canvas.write(chip, x: x, y: inner.y, style: motion.entersAtBack && index == chips.count - 1 ? Theme.held : style)
            }
            x += chip.count + 1
        }
        // Each chip left a space after it: the tail's own leading space replaces it.
        canvas.write(tail, x: x - 1, y: inner.y, style: Theme.label)
        guard let progress = animation else { return }
        if let entering {
            let from = inner.maxX - entering.text.count
            let position = from + Int((Double(entering.x - from) * progress).rounded())
            canvas.write(entering.text, x: position, y: inner.y, style: Theme.moving, clip: inner)
        }
        if let leaving = motion.leaving {
            let text = label(leaving, in: model, long: totalLong <= room)
            let from = inner.x + head.count
            let position = from + Int((Double(inner.x - from) * progress).rounded())
            canvas.write(text, x: position, y: inner.y, style: Theme.moving, clip: inner)
        }
    }

    /// One chip per queued task (`#2 countdown 2`, short `#2`) or message
    /// (`(counter, 3)`, short `counter 3`).
    static func queueLabels(_ model: SchedulerPanelModel, long: Bool) -> [String] {
        switch model.scene {
        case .tasks: model.runQueue.map { label(.task($0), in: model, long: long) }
        case .actors: model.messageQueue.map { label(.message($0), in: model, long: long) }
        }
    }

    static func label(_ item: SchedulerQueueMotion.Item, in model: SchedulerPanelModel, long: Bool) -> String {
        switch item {
        case .task(let id): long ? "#\(id) \(model.name(of: id))" : "#\(id)"
        case .message(let message):
            long ? message.description : "\(message.actor) \(SchedulerNarration.text(message.message))"
        }
    }

    // MARK: status row

    /// The last step in words, and the run's counters at the right.
    static func renderStatus(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard area.height > 0 else { return }
        let alive = model.coroutines.filter(\.status.isAlive).count
        let queued = model.scene == .tasks ? "\(model.runQueue.count) ready" : "\(model.messageQueue.count) queued"
        let counters = "turn \(model.turns)  \(queued)  \(alive) alive  \(model.replay.output.count) lines"
        let sentence =
            model.lastStep.map { SchedulerNarration.sentence(for: $0.event, in: model, glyphs: glyphs) }
            ?? "\(model.scene == .tasks ? "tasks" : "actors"): nothing has run yet"
        canvas.statusRow(sentence, counters: counters, style: Style(bold: true), in: area, glyphs: glyphs)
    }
}
