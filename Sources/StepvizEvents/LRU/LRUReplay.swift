import StepvizCore

/// The LRU cache rebuilt from its events alone: entries least recent first
/// and the counters, plus the value of the last hit.
///
/// Applying every event of an operation to the replay of the state before it
/// gives the state after it; tests check that this equals the library's own
/// state after every operation.
///
///     var replay = LRUReplay(capacity: 2)
///     replay.apply(.insert(1, 10))
///     replay.snapshot.entries    // [Entry(key: 1, value: 10)]
///
/// - Complexity: O(*n*) per event at worst (finding a key in the list).
public struct LRUReplay: Equatable, Sendable {
    public private(set) var snapshot: LRUSnapshot
    /// The value the last hit returned.
    public private(set) var lastHit: PythonValue?

    public init(capacity: Int) { snapshot = LRUSnapshot(capacity: capacity) }

    private func position(of key: PythonValue) -> Int {
        guard let position = snapshot.entries.firstIndex(where: { $0.key == key }) else {
            preconditionFailure("LRUReplay: event names key \(key), which is not cached")
        }
        return position
    }

    public mutating func apply(_ event: LRUEvent<PythonValue, PythonValue>) {
        switch event {
        case .lookup:
            lastHit = nil
        case .hit(_, let value):
            snapshot.hits += 1
            lastHit = value
        case .miss:
            snapshot.misses += 1
        case .moveToMostRecent(let key):
            snapshot.entries.append(snapshot.entries.remove(at: position(of: key)))
        case .insert(let key, let value):
            snapshot.entries.append(.init(key: key, value: value))
        case .update(let key, _, let new):
            snapshot.entries[position(of: key)].value = new
        case .evict(let key, _):
            precondition(snapshot.entries.first?.key == key, "LRUReplay: evicted key \(key) is not the least recent")
            snapshot.entries.removeFirst()
            snapshot.evictions += 1
        }
    }
}
