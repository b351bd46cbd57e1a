import StepvizCore

extension LocksPanel {
    /// The wait-for graph: one edge per blocked thread ("T2 ─x→ T1": T2
    /// waits for x, which T1 holds). When a request closes a cycle the cycle
    /// is drawn in the alarm style with the library's own report under it;
    /// a lock-order violation is reported the same way.
    static func renderWaitFor(_ model: LocksPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "wait-for graph", glyphs: glyphs)
        guard !inner.isEmpty else { return }
        var lines = graphLines(model, glyphs: glyphs)
        lines += reportLines(model, width: inner.width, glyphs: glyphs)
        for (row, pieces) in lines.prefix(inner.height).enumerated() {
            writePieces(pieces, x: inner.x, y: inner.y + row, width: inner.width, on: &canvas, glyphs: glyphs)
        }
    }

    /// The edges, and while it is being reported the cycle that closed
    /// (whose victim's edge is already gone from the state).
    static func graphLines(_ model: LocksPanelModel, glyphs: Glyphs) -> [[(String, Style)]] {
        let current = model.isDeadlockCurrent ? model.deadlock : nil
        var edges = model.waitEdges
        if let current {
            edges = current.edges + edges.filter { edge in !current.edges.contains { $0.waiter == edge.waiter } }
        }
        var lines: [[(String, Style)]] = []
        if edges.isEmpty { lines.append([("nobody waits", Theme.dim)]) }
        let cycleEdges = Set(current?.edges ?? [])
        for edge in edges {
            let style = cycleEdges.contains(edge) ? Theme.lockAlarm : Theme.lockWaiting
            lines.append([
                ("T\(edge.waiter)", style),
                (" \(glyphs.horizontal)\(shortName(edge.lock))\(glyphs.arrow) ", cycleEdges.contains(edge) ? Theme.lockAlarm : Theme.value),
                ("T\(edge.holder)", cycleEdges.contains(edge) ? Theme.lockAlarm : Theme.lockHeld),
                ("  waits for \(edge.lock), held by T\(edge.holder)", Theme.dim),
            ])
        }
        if let current {
            let ring = (current.cycle + current.cycle.prefix(1)).map { "T\($0)" }.joined(separator: " \(glyphs.arrow) ")
            lines.append([("cycle: \(ring)", Theme.lockAlarm)])
        }
        return lines
    }

    /// The deadlock report in the library's words (PostgreSQL's: "deadlock
    /// detected", then one line per edge) with what the victim did, and the
    /// violation naming both locks and their ranks.
    static func reportLines(_ model: LocksPanelModel, width: Int, glyphs: Glyphs) -> [[(String, Style)]] {
        var lines: [[(String, Style)]] = []
        if let report = model.deadlock {
            let isCurrent = model.isDeadlockCurrent
            lines.append([])
            let count = model.deadlockCount > 1 ? " (\(model.deadlockCount) so far)" : ""
            lines.append([
                (LocksDeadlockReport.headline, isCurrent ? Theme.lockAlarm : Theme.label),
                (isCurrent ? count : " at turn \(report.op)\(count)", Theme.dim),
            ])
            for line in report.lines {
                for part in wrapped(line, width: width - 2) { lines.append([("  " + part, isCurrent ? Style(bold: true) : Theme.value)]) }
            }
            let released = report.released.isEmpty ? "" : "releases \(report.released.joined(separator: " ")), "
            lines.append([("victim: thread \(report.victim) \(released)backs off", isCurrent ? Theme.lockAlarm : Theme.dim)])
        }
        if let violation = model.violation {
            let isCurrent = model.isViolationCurrent
            lines.append([])
            lines.append([
                (LockOrderViolation.message, isCurrent ? Theme.lockAlarm : Theme.label),
                (isCurrent ? "" : " at turn \(violation.op)", Theme.dim),
            ])
            let held = zip(violation.held, violation.heldRanks).map { "\($0)\($1.map { " (rank \($0))" } ?? "")" }
            lines.append([("  thread \(violation.thread) holds \(held.joined(separator: ", "))", Theme.value)])
            lines.append([("  asked for \(violation.lock)\(violation.rank.map { " (rank \($0))" } ?? "")", Theme.value)])
            lines.append([("  refused before it could block", isCurrent ? Style(bold: true) : Theme.dim)])
        }
        return lines
    }

    /// A report line as it fits `width`: whole, or broken after its "; "
    /// ("thread 1 waits for lock y;" / "  blocked by thread 2").
    static func wrapped(_ line: String, width: Int) -> [String] {
        guard line.count > width, let split = line.range(of: "; ") else { return [line] }
        return [String(line[..<split.upperBound].dropLast()), "  " + String(line[split.upperBound...])]
    }
}
