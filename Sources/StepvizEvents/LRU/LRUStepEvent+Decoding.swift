import StepvizCore

extension LRUStepEvent: StepEventDecodable {
    public typealias Setup = LRUSetup
    public typealias Replay = LRUCheckedReplay

    public static var panel: String { LRUSession.panel }

    /// The inverse of ``encodeFields(into:)``; `state`'s entries are
    /// `[key, value]` pairs, least recent first.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: LRUCheckedReplay) throws(StreamLineError) -> LRUStepEvent? {
        guard let kind = LRUStepKind(rawValue: type) else { return nil }
        switch kind {
        case .begin: return .begin(try OperationScript.single(try fields.string("operation"), as: LRUOperation.self))
        case .result: return .result(try fields.value("value"))
        case .state:
            var entries: [LRUSnapshot.Entry] = []
            for entry in try fields.array("entries") {
                guard case .array(let pair) = entry, pair.count == 2 else {
                    throw StreamLineError("entries must be [key, value] pairs, not \(entry.kindDescription)")
                }
                entries.append(
                    .init(key: try PythonValue(json: pair[0], field: "entries"), value: try PythonValue(json: pair[1], field: "entries")))
            }
            let snapshot = LRUSnapshot(
                entries: entries, hits: try fields.int("hits"), misses: try fields.int("misses"),
                evictions: try fields.int("evictions"), capacity: try fields.int("capacity"))
            try fields.checkRepr(snapshot.repr)
            return .state(snapshot)
        case .lookup: return .lru(.lookup(try fields.value("key")))
        case .hit: return .lru(.hit(try fields.value("key"), try fields.value("value")))
        case .miss: return .lru(.miss(try fields.value("key")))
        case .moveToMostRecent: return .lru(.moveToMostRecent(try fields.value("key")))
        case .insert: return .lru(.insert(try fields.value("key"), try fields.value("value")))
        case .update: return .lru(.update(try fields.value("key"), old: try fields.value("old"), new: try fields.value("value")))
        case .evict: return .lru(.evict(try fields.value("key"), try fields.value("value")))
        }
    }
}
