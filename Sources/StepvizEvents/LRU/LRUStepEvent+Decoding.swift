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
        case .result: return .result(try fields.int("value"))
        case .state:
            var entries: [LRUSnapshot.Entry] = []
            for entry in try fields.array("entries") {
                guard case .array(let pair) = entry, pair.count == 2, case .integer(let key) = pair[0], case .integer(let value) = pair[1]
                else {
                    throw StreamLineError("entries must be [key, value] pairs of integers, not \(entry.kindDescription)")
                }
                entries.append(.init(key: key, value: value))
            }
            return .state(
                LRUSnapshot(
                    entries: entries, hits: try fields.int("hits"), misses: try fields.int("misses"),
                    evictions: try fields.int("evictions"), capacity: try fields.int("capacity")))
        case .lookup: return .lru(.lookup(try fields.int("key")))
        case .hit: return .lru(.hit(try fields.int("key"), try fields.int("value")))
        case .miss: return .lru(.miss(try fields.int("key")))
        case .moveToMostRecent: return .lru(.moveToMostRecent(try fields.int("key")))
        case .insert: return .lru(.insert(try fields.int("key"), try fields.int("value")))
        case .update: return .lru(.update(try fields.int("key"), old: try fields.int("old"), new: try fields.int("value")))
        case .evict: return .lru(.evict(try fields.int("key"), try fields.int("value")))
        }
    }
}
