import StepvizCore
import StepvizEvents

/// Draws the threading panel for one model: the threads with what each is
/// doing or waiting on; the locks (holder, count, who is in line), the
/// conditions with their waiters' queues (first to be woken first), the
/// shared deque and variables; a stuck or deadlock report when the run
/// has one; the log; and the scene's Python with the running line. A pure
/// function of its inputs: it only writes into the canvas, inside `area`.
public enum ThreadingPanel {
    /// The smallest area the panel draws into.
    public static let minimumSize = (width: 60, height: 16)
    public static let runsThreads = true
    /// From this width on, the code and the log get a column of their own.
    static let sideColumnFrom = 96

    public static func render(
        _ model: ThreadingPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        guard let header = model.header else {
            canvas.noRunYet(title: "threading", in: area, glyphs: glyphs)
            return
        }
        let (upper, statusRow) = area.splitBottom(1)
        renderStatus(model, in: statusRow, on: &canvas, glyphs: glyphs)
        let listing = ThreadingPseudocode.listing(for: header)
        var main = upper
        var side: Rect?
        if upper.width >= sideColumnFrom {
            let sideWidth = Swift.min(upper.width - 56, Swift.max((listing.map(\.count).max() ?? 0) + 2, upper.width * 2 / 5))
            let (left, right) = upper.splitLeft(upper.width - sideWidth)
            let codeHeight = Swift.min(listing.count + 2, Swift.max(3, right.height - 5))
            let (codeArea, below) = right.splitTop(codeHeight)
            canvas.codeListing(
                listing, current: model.codeLine, title: ThreadingPseudocode.title(for: header.kind ?? .reentrant), in: codeArea,
                glyphs: glyphs)
            side = below
            main = left
        } else {
            let (top, codeRow) = upper.splitBottom(1)
            canvas.codeLine(listing, current: model.codeLine, in: codeRow, glyphs: glyphs)
            main = top
        }
        let state = model.replay.state
        let (threadsArea, belowThreads) = main.splitTop(Swift.min(header.threads + 2, Swift.max(3, main.height / 3)))
        renderThreads(model, header: header, in: threadsArea, on: &canvas, glyphs: glyphs)
        let objects = state.locks.count + state.conditions.count + state.deques.count + state.variables.count
        let (objectsArea, belowObjects) = belowThreads.splitTop(Swift.min(objects + 2, Swift.max(3, belowThreads.height - 3)))
        renderObjects(model, header: header, in: objectsArea, on: &canvas, glyphs: glyphs)
        var rest = belowObjects
        // The wait-for lines (and a stuck or deadlock report) go under the
        // code when there is a side column, else above the log.
        let report = self.report(model)
        if let side, side.height >= 3 {
            renderWaitFor(model, report: report, in: side, on: &canvas, glyphs: glyphs)
        } else if let report, rest.height >= 3 {
            let rows = report.lines.reduce(0) { $0 + $1.wrapped(toWidth: rest.width - 2).count }
            let (reportArea, below) = rest.splitTop(Swift.min(rows + 2, Swift.max(3, rest.height - 3)))
            renderReport(report, in: reportArea, on: &canvas, glyphs: glyphs)
            rest = below
        }
        if rest.height >= 3 { renderLog(model, in: rest, on: &canvas, glyphs: glyphs) }
    }

    /// Who waits on what, one line each (PostgreSQL's style for lock
    /// waits), then the run's report when it has one.
    static func renderWaitFor(
        _ model: ThreadingPanelModel, report: (title: String, lines: [String])?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let title = report?.title ?? "wait-for"
        let inner = canvas.box(area, title: title, glyphs: glyphs, style: report == nil ? Theme.border : reportBorder)
        guard inner.height > 0 else { return }
        let waits = model.replay.state.waits
        var lines: [(String, Style)] = report.map { $0.lines.map { ($0, Theme.error) } } ?? []
        if report == nil || model.replay.state.stuck == nil {
            lines += waits.keys.sorted().map { (waits[$0]!.description(thread: $0), Theme.value) }
        }
        if lines.isEmpty { lines = [("(nobody waits)", Theme.dim)] }
        var row = 0
        for (line, style) in lines {
            // Wrapped: the lines are sentences, too long for one row.
            for piece in line.wrapped(toWidth: inner.width) where row < inner.height {
                canvas.write(piece, x: inner.x, y: inner.y + row, width: inner.width, style: style, glyphs: glyphs)
                row += 1
            }
        }
    }

    // MARK: threads

    /// `T2 consumer  waits on q.not_empty (q.mutex released)`, the mover's row bold.
    static func renderThreads(
        _ model: ThreadingPanelModel, header: ThreadingSceneHeader, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "threads", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let state = model.replay.state
        let roleWidth = (1...header.threads).map { header.role(of: $0).count }.max() ?? 0
        for id in (1...header.threads).prefix(inner.height) {
            var text = "T\(id) " + header.role(of: id).paddedColumn(roleWidth + 2)
            var style = Theme.value
            if state.finished.contains(id) {
                text += "finished"
                style = Theme.dim
            } else if state.aborted.contains(id) {
                text += "ended: " + (model.endReasons[id] ?? "aborted")
                style = Theme.error
            } else if let wait = state.waits[id] {
                text += Self.describe(wait, glyphs: glyphs)
                style = state.stuck != nil ? Theme.error : Theme.held
            } else {
                text += "running"
            }
            let held = state.locks.filter { $0.holder == id }.map { $0.count > 1 ? "\($0.name) (count \($0.count))" : $0.name }
            if !held.isEmpty { text += "  holds " + held.joined(separator: ", ") }
            if id == model.mover && style == Theme.value { style = Theme.result }
            canvas.write(
                (id == model.mover ? glyphs.operationMark + " " : "  ") + text, x: inner.x, y: inner.y + id - 1, width: inner.width,
                style: style,
                glyphs: glyphs)
        }
    }

    /// A wait in a few words: `waits on q.not_empty`, `waits for q.mutex (T1)`.
    static func describe(_ wait: ThreadWait, glyphs: Glyphs) -> String {
        switch wait {
        case .lock(let lock, let holder): "waits for \(lock) (held by T\(holder))"
        case .condition(let condition, let lock): "waits on \(condition) (\(lock) released)"
        case .reacquire(let lock, _, let holder): "woken: re-acquires \(lock) (held by T\(holder))"
        }
    }

    // MARK: locks, conditions, data

    /// One row per lock, condition, deque and variable, in the order the run made them.
    static func renderObjects(
        _ model: ThreadingPanelModel, header: ThreadingSceneHeader, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        let inner = canvas.box(area, title: "locks, conditions, data", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let state = model.replay.state
        let touched = model.touchedNames
        let nameWidth =
            Swift.min(
                24,
                (state.locks.map(\.name) + state.conditions.map(\.name) + state.deques.map(\.name) + state.variables.map(\.name)).map(
                    \.count
                )
                .max() ?? 0) + 2
        func ids(_ threads: [Int]) -> String { threads.map { "T\($0)" }.joined(separator: " ") }
        var rows: [(String, String, Style)] = []
        for lock in state.locks {
            var text = lock.reentrant ? "RLock " : "Lock  "
            if let holder = lock.holder {
                text += "held by T\(holder)" + (lock.reentrant ? " count \(lock.count)" : "")
            } else {
                text += "free"
            }
            if !lock.waiters.isEmpty { text += "   in line: " + ids(lock.waiters) }
            rows.append((lock.name, text, lock.waiters.isEmpty ? Theme.value : Theme.held))
        }
        for condition in state.conditions {
            let text =
                condition.waiters.isEmpty
                ? "Condition  no waiters" : "Condition  waiters: \(ids(condition.waiters)) (next woken: T\(condition.waiters[0]))"
            rows.append((condition.name, text, condition.waiters.isEmpty ? Theme.value : Theme.held))
        }
        for deque in state.deques {
            var text = "deque [" + deque.items.joined(separator: ", ") + "]"
            if header.kind == .producerConsumer { text += "  maxsize \(header.maxsize)" }
            if !model.taken.isEmpty {
                text += "  taken: " + model.taken.suffix(6).map { "\($0.item)\(glyphs.arrow)T\($0.by)" }.joined(separator: " ")
            }
            rows.append((deque.name, text, Theme.value))
        }
        for variable in state.variables { rows.append((variable.name, "= " + variable.value, Theme.value)) }
        for (row, entry) in rows.prefix(inner.height).enumerated() {
            let style = touched.contains(entry.0) ? Theme.compared : entry.2
            canvas.write(
                entry.0.paddedColumn(nameWidth), x: inner.x, y: inner.y + row, width: inner.width, style: Theme.label, glyphs: glyphs)
            canvas.write(
                entry.1, x: inner.x + nameWidth, y: inner.y + row, width: Swift.max(0, inner.width - nameWidth), style: style,
                glyphs: glyphs)
        }
    }

    // MARK: reports and log

    /// A report's frame: red, not reversed (a reversed frame drowns its text).
    static let reportBorder = Style(foreground: .red, bold: true)

    /// The stuck or deadlock report, or the last error, when the run has one.
    static func report(_ model: ThreadingPanelModel) -> (title: String, lines: [String])? {
        if let stuck = model.replay.state.stuck { return ("stuck: nobody can wake them", stuck) }
        if let deadlock = model.deadlock { return ("deadlock detected", deadlock) }
        if let error = model.lastError { return ("exception", [error] + model.errorContext) }
        return nil
    }

    static func renderReport(_ report: (title: String, lines: [String]), in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: report.title, glyphs: glyphs, style: reportBorder)
        let rows = report.lines.flatMap { $0.wrapped(toWidth: inner.width) }
        for (row, line) in rows.prefix(inner.height).enumerated() {
            canvas.write(line, x: inner.x, y: inner.y + row, width: inner.width, style: Theme.error, glyphs: glyphs)
        }
    }

    /// The newest sentences, newest at the bottom.
    static func renderLog(_ model: ThreadingPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        guard inner.height > 0 else { return }
        if model.log.isEmpty {
            canvas.write("(no step yet)", x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        canvas.stepLog(model.log, in: inner, glyphs: glyphs) { entry, _ in
            switch entry.event {
            case .raised, .stuck, .deadlock: Theme.error
            default: nil
            }
        } sentence: {
            $0.sentence(glyphs: glyphs)
        }
    }

    // MARK: status row

    static func renderStatus(_ model: ThreadingPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard area.height > 0, let header = model.header else { return }
        let state = model.replay.state
        let counters = "turn \(model.turns)  \(state.running.count) running  \(state.blocked.count) waiting"
        let sentence = model.log.last?.sentence(glyphs: glyphs) ?? "\(header.scene): nothing has run yet"
        let isBad: Bool =
            switch model.log.last?.event {
            case .raised?, .stuck?, .deadlock?: true
            default: false
            }
        canvas.statusRow(sentence, counters: counters, style: isBad ? Theme.error : Style(bold: true), in: area, glyphs: glyphs)
    }
}
