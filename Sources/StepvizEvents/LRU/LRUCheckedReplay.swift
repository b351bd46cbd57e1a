import StepvizCore

/// ``LRUReplay`` fed from a saved stream: a key an event moves or updates
/// must be cached, and an evicted one must be the least recent, checked
/// before the event is applied (the replay would trap); every `state` must
/// equal the entries and counters the events built.
///
///     var replay = LRUCheckedReplay(setup: LRUSetup(capacity: 2))
///     try replay.apply(.lru(.moveToMostRecent(1)))    // throws: key 1 is not cached
///
/// - Complexity: O(*n*) per event at worst, for *n* entries.
public struct LRUCheckedReplay: CheckedReplay, Equatable, Sendable {
    public private(set) var replay: LRUReplay

    public init(setup: LRUSetup) { replay = LRUReplay(capacity: setup.capacity) }

    public mutating func apply(_ event: LRUStepEvent) throws(StreamLineError) {
        switch event {
        case .begin, .result:
            break
        case .lru(let event):
            let entries = replay.snapshot.entries
            switch event {
            case .moveToMostRecent(let key), .update(let key, _, _):
                guard entries.contains(where: { $0.key == key }) else { throw StreamLineError("key \(key) is not cached") }
            case .evict(let key, _):
                guard entries.first?.key == key else { throw StreamLineError("key \(key) is not the least recent entry") }
            case .lookup, .hit, .miss, .insert:
                break
            }
            replay.apply(event)
        case .state(let snapshot):
            let built = replay.snapshot
            // Equal and printed alike: `1` and `1.0` are one key, but a replay
            // that kept the wrong one would print differently.
            guard snapshot == built, snapshot.repr == built.repr else {
                func describe(_ snapshot: LRUSnapshot) -> String {
                    "entries \(snapshot.repr), hits \(snapshot.hits), misses \(snapshot.misses), "
                        + "evictions \(snapshot.evictions), capacity \(snapshot.capacity)"
                }
                throw StreamLineError("\(describe(snapshot)) disagree with the events before it, which build \(describe(built))")
            }
        }
    }
}
