extension LocksPanel {
    /// The dining philosophers around their round table, each fork drawn
    /// next to whoever holds it; a deadlock shows as the whole ring in the
    /// alarm style, with the library's report under the table when it fits.
    static func renderTable(_ model: LocksPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "table", glyphs: glyphs)
        guard !inner.isEmpty, let scene = model.scene else { return }
        var report = reportLines(model, width: inner.width, glyphs: glyphs).filter { !$0.isEmpty }
        let edges = graphLines(model, glyphs: glyphs)
        // The table wants 7 rows for 5 seats, more for more; words get the rest.
        let ringHeight = Swift.min(inner.height, Swift.max(7, Swift.min(inner.height - report.count, 3 * scene.threads + 2)))
        if report.count > inner.height - ringHeight {
            // Short of rows: one row per report line, cut rather than wrapped.
            report = reportLines(model, width: .max, glyphs: glyphs).filter { !$0.isEmpty }
        }
        let (ringArea, wordsArea) = inner.splitTop(ringHeight)
        let ring = LocksRingLayout(count: scene.threads, area: ringArea)
        let current = model.isDeadlockCurrent ? model.deadlock : nil
        let cycle = Set(current?.cycle ?? [])

        for point in ring.rim {
            canvas.put(glyphs.tableRim, x: point.x, y: point.y, style: current == nil ? Theme.dim : Theme.lockAlarm, clip: ringArea)
        }
        if current != nil, ring.rimHolds(8) {
            let text = "deadlock"
            canvas.write(
                text, x: ringArea.x + (ringArea.width - text.count) / 2, y: ringArea.y + (ringArea.height - 1) / 2,
                style: Theme.lockAlarm, clip: ringArea)
        }
        for (index, lock) in model.state.locks.enumerated() {
            let point = ring.fork(index + 1, heldBy: lock.holder)
            let text = shortName(lock.name)
            let awaited = !lock.waiters.isEmpty
            let style =
                current?.edges.contains { $0.lock == lock.name } == true
                ? Theme.lockAlarm
                : lock.holder != nil ? Theme.lockHeld : awaited ? Theme.lockWaiting : Theme.dim
            canvas.write(text, x: point.x - (text.count - 1) / 2, y: point.y, style: style, clip: ringArea)
        }
        for philosopher in 1...scene.threads {
            let point = ring.seat(of: philosopher)
            let cell = model.cell(of: philosopher, at: model.operationIndex)
            let text = "T\(philosopher)"
            var style: Style
            if cycle.contains(philosopher) {
                style = Theme.lockAlarm
            } else if philosopher == model.currentThread {
                style = Theme.lockCurrentThread
            } else {
                switch cell {
                case .waiting: style = Theme.lockWaiting
                case .holding(let locks) where locks.count >= 2: style = Style(foreground: .magenta, bold: true, underline: true)
                case .finished, .gone: style = model.activities[philosopher - 1].ended == .finished ? Theme.lockFinished : Theme.lockAlarm
                case .aborted, .backingOff: style = Theme.lockAlarm
                default: style = Theme.label
                }
            }
            canvas.write(text, x: point.x - (text.count - 1) / 2, y: point.y, style: style, clip: ringArea)
        }
        // Under the table: the report when there is one, else the edges.
        var words = report.isEmpty ? edges : report
        if words.count > wordsArea.height, wordsArea.height >= 2, !report.isEmpty {
            // Short of rows: the headline and the victim's line stay.
            words = Array(words.prefix(wordsArea.height - 1)) + [words[words.count - 1]]
        }
        for (row, pieces) in words.prefix(wordsArea.height).enumerated() {
            writePieces(pieces, x: wordsArea.x, y: wordsArea.y + row, width: wordsArea.width, on: &canvas, glyphs: glyphs)
        }
    }
}
