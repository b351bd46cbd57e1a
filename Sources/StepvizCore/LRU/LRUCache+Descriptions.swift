extension LRUCache: CustomStringConvertible {
    /// The entries least recent first, then the counters, e.g.
    /// `LRUCache([2: 20, 1: 10], hits: 1, misses: 5, evictions: 2, capacity: 2)`.
    public var description: String {
        let items = entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return "LRUCache([\(items)], hits: \(hits), misses: \(misses), evictions: \(evictions), capacity: \(capacity))"
    }
}
