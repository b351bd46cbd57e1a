extension LocksPanel {
    /// Each lock with its rank, holder, hold count and queue of waiters;
    /// locks of a cycle being reported are flagged.
    static func renderLockTable(_ model: LocksPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "locks", glyphs: glyphs)
        guard inner.height > 0 else { return }
        let locks = model.state.locks
        let nameWidth = Swift.max(4, locks.map(\.name.count).max() ?? 4)
        let columns = [0, nameWidth + 1, nameWidth + 6, nameWidth + 13, nameWidth + 19]
        func put(_ text: String, column: Int, y: Int, style: Style) {
            let x = inner.x + columns[column]
            let width = (column + 1 < columns.count ? inner.x + columns[column + 1] - 1 : inner.maxX) - x
            canvas.write(text, x: x, y: y, width: Swift.min(width, inner.maxX - x), style: style, glyphs: glyphs)
        }
        for (column, title) in ["lock", "rank", "holder", "holds", "waiting"].enumerated() {
            put(title, column: column, y: inner.y, style: Theme.label)
        }
        let rows = inner.height - 1
        guard rows > 0 else { return }
        // Too many locks for the rows: keep the busy ones (held or awaited).
        var shown = Array(locks.indices)
        if locks.count > rows {
            let busy = shown.filter { locks[$0].holder != nil || !locks[$0].waiters.isEmpty }
            shown = Array((busy + shown.filter { !busy.contains($0) }).prefix(rows)).sorted()
        }
        let cycleLocks = model.isDeadlockCurrent ? Set(model.deadlock?.edges.map(\.lock) ?? []) : []
        for (row, index) in shown.enumerated() {
            let lock = locks[index]
            let y = inner.y + 1 + row
            put(lock.name, column: 0, y: y, style: cycleLocks.contains(lock.name) ? Theme.lockAlarm : Theme.value)
            put(String(lock.rank), column: 1, y: y, style: Theme.value)
            put(lock.holder.map { "T\($0)" } ?? "free", column: 2, y: y, style: lock.holder == nil ? Theme.dim : Theme.lockHeld)
            put(String(lock.count), column: 3, y: y, style: lock.count == 0 ? Theme.dim : Theme.value)
            let queue = lock.waiters.map { "T\($0)" }.joined(separator: " ")
            put(queue.isEmpty ? "-" : queue, column: 4, y: y, style: queue.isEmpty ? Theme.dim : Theme.lockWaiting)
        }
        if shown.count < locks.count, inner.width > 12 {
            // On the bottom border, where no row is lost to it.
            canvas.write(
                " \(locks.count - shown.count) more ", x: inner.x + 1, y: inner.maxY, width: inner.width - 2,
                style: Theme.dim, glyphs: glyphs)
        }
    }
}
