import StepvizCore
import StepvizEvents

/// The recipe with its running lines, the log and the `cache_info()` counters.
extension LRUPanel {
    static func renderCode(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(
            LRUPseudocode.listing,
            running: model.lastStep.flatMap { LRUPseudocode.lines(for: $0.event, in: model.operation) }.map { Range($0) },
            title: "code: OrderedDict recipe", in: area, glyphs: glyphs)
    }

    static func renderLog(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { event, isNewest in
            switch event {
            case .begin: Theme.label
            case .lru(.miss) where isNewest, .lru(.evict) where isNewest: Theme.error
            default: nil
            }
        } sentence: {
            LRUNarration.sentence(for: $0, glyphs: glyphs)
        }
    }

    /// `hits 1  misses 1  maxsize 2  currsize 2  evictions 1  hit ratio 50% ▁▅█`:
    /// what `cache_info()` reports, the evictions, and the ratio's recent history.
    static func renderCounters(_ model: LRUPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let snapshot = model.replay.snapshot
        let ratio = model.hitRatio.map { "\(percent($0))%" } ?? "-"
        let parts = [
            "hits \(snapshot.hits)", "misses \(snapshot.misses)", "maxsize \(snapshot.capacity)",
            "currsize \(snapshot.entries.count)", "evictions \(snapshot.evictions)", "hit ratio \(ratio)",
        ]
        let written = canvas.countersRow(
            [parts.joined(separator: "  "), (parts.dropLast() + ["hit \(ratio)"]).joined(separator: " ")], reserve: 4, in: area,
            glyphs: glyphs)
        let sparkX = area.x + written + 1
        let sparkWidth = Swift.min(sparklineWidth, area.maxX - sparkX)
        guard sparkWidth > 0, !model.hitRatios.isEmpty else { return }
        let levels = glyphs.sparkLevels
        for (column, value) in model.hitRatios.suffix(sparkWidth).enumerated() {
            let level = Swift.min(levels.count - 1, Int(value * Double(levels.count)))
            canvas.put(levels[level], x: sparkX + column, y: area.y, style: Theme.result)
        }
    }

    /// A ratio as a whole percentage, rounded as Python's `format(r, ".0%")`
    /// rounds (half to even), so 5 hits in 8 reads 62%.
    static func percent(_ ratio: Double) -> Int {
        Int((ratio * 100).rounded(.toNearestOrEven))
    }
}
