import StepvizCore
import StepvizEvents

/// The LRU panel's words: the log's sentence for each step ("hit: 1 → 10",
/// "evict 2:20, the oldest") and the one-line outcome of the running
/// operation under the recency list. Sentences stay short: the log is a
/// narrow column.
public enum LRUNarration {
    /// How an entry is written everywhere in the panel: `key:value`.
    public static func label(_ entry: LRUSnapshot.Entry) -> String { "\(entry.key):\(entry.value)" }

    /// The widest key or value a node shows; past it the repr is cut.
    static let nodePartWidth = 10

    /// An entry as a node shows it: ``label(_:)`` with the key and the
    /// value each cut to ``nodePartWidth`` columns, so one long string does
    /// not widen every node.
    public static func nodeLabel(_ entry: LRUSnapshot.Entry, glyphs: Glyphs) -> String {
        "\(entry.key.cell(width: nodePartWidth, glyphs: glyphs)):\(entry.value.cell(width: nodePartWidth, glyphs: glyphs))"
    }

    public static func sentence(for event: LRUStepEvent, glyphs: Glyphs) -> String {
        switch event {
        case .begin(let operation): return "\(glyphs.operationMark) \(operation)"
        case .result(let value): return "returns \(value)"
        case .state(let snapshot):
            return "cache [" + snapshot.entries.map(label).joined(separator: " ") + "]"
        case .lru(let event):
            switch event {
            case .lookup(let key): return "look up \(key) in the map"
            case .hit(let key, let value): return "hit: \(key) \(glyphs.arrow) \(value)"
            case .miss(let key): return "miss: no \(key) in the map"
            case .moveToMostRecent(let key): return "move \(key) to most recent"
            case .insert(let key, let value): return "insert \(key):\(value) as newest"
            case .update(let key, let old, let new): return "update \(key): \(old) \(glyphs.arrow) \(new)"
            case .evict(let key, let value): return "evict \(key):\(value), the oldest"
            }
        }
    }

    /// What the running operation has done so far, e.g. "get 2: miss, 2 is
    /// not cached" or "put 3 30: new key; evicted 2:20".
    public static func outcome(of model: LRUPanelModel, glyphs: Glyphs) -> String {
        guard let operation = model.operation else {
            return "no operation yet: get K looks up, put K V stores"
        }
        let highlights = model.highlights
        var parts: [String] = []
        switch operation {
        case .get(let key):
            if highlights.missed {
                parts.append("miss, \(key) is not cached")
            } else if highlights.role != nil {
                parts.append("hit" + (model.result.map { ", returns \($0)" } ?? ""))
                if highlights.role == .moved { parts.append("now most recent") }
            } else if highlights.key != nil {
                parts.append("looking \(key) up")
            }
        case .put(let key, let value):
            switch highlights.role {
            case .inserted: parts.append("new key")
            case .updated(let old): parts.append("updated \(key): \(old) \(glyphs.arrow) \(value), now most recent")
            default: break
            }
            if let evicted = highlights.evicted {
                parts.append("evicted \(label(evicted))" + (evicted.key == key ? " at once (maxsize 0)" : ""))
            } else if model.replay.snapshot.entries.count > model.replay.snapshot.capacity {
                parts.append("over maxsize \(model.replay.snapshot.capacity)")
            }
        }
        return "\(operation)" + (parts.isEmpty ? "" : ": " + parts.joined(separator: "; "))
    }
}
