import StepvizCore

/// An LRU cache's whole visible state: entries least recent first, and the
/// counters. What a `state` event carries and what `LRUReplay` rebuilds.
///
///     var cache = LRUCache<Int, Int>(capacity: 2)
///     cache.put(1, 10)
///     LRUSnapshot(cache).entries    // [LRUSnapshot.Entry(key: 1, value: 10)]
public struct LRUSnapshot: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var key: PythonValue
        public var value: PythonValue

        public init(key: PythonValue, value: PythonValue) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]
    public var hits: Int
    public var misses: Int
    public var evictions: Int
    public var capacity: Int

    public init(entries: [Entry] = [], hits: Int = 0, misses: Int = 0, evictions: Int = 0, capacity: Int) {
        self.entries = entries
        self.hits = hits
        self.misses = misses
        self.evictions = evictions
        self.capacity = capacity
    }

    /// The library's own state.
    ///
    /// - Complexity: O(*n*)
    public init(_ cache: LRUCache<PythonValue, PythonValue>) {
        self.init(
            entries: cache.entries.map { Entry(key: $0.key, value: $0.value) },
            hits: cache.hits, misses: cache.misses, evictions: cache.evictions, capacity: cache.capacity)
    }

    /// `repr(list(od.items()))` of the notes' OrderedDict, least recent
    /// first: `[(1, 10), ('b', 2.5)]`.
    public var repr: String {
        PythonValue.listRepr(entries.map { PythonValue.tuple([$0.key, $0.value]) })
    }
}
