/// A least-recently-used cache: a hash map from key to node plus a recency
/// list threaded through an array of nodes (no object per entry), with the
/// counters Python's `functools.lru_cache` reports.
///
///     var cache = LRUCache<Int, String>(capacity: 2)
///     cache.put(1, "one")
///     cache.put(2, "two")
///     cache.get(1)            // "one": 1 is now the most recent
///     cache.put(3, "three")   // evicts 2, the least recent
///     cache.get(2)            // nil: a miss, not an error
///     cache.entries.map(\.key)                       // [1, 3]
///     (cache.hits, cache.misses, cache.evictions)    // (1, 1, 1)
///
/// `get` of a present key is a hit and makes the key the most recent;
/// `put` inserts or updates (an update also makes the key the most recent),
/// and when the cache then holds more than `capacity` entries the least
/// recent one is evicted, as in the `OrderedDict` recipe. Attach an
/// `observer` to receive an ``LRUEvent`` for every step.
public struct LRUCache<Key: Hashable, Value> {
    @usableFromInline
    internal var _nodeIndex: [Key: Int]
    @usableFromInline
    internal var _nodes: [_LRUNode<Key, Value>]
    /// The least recent node (evicted first), or -1 when empty.
    @usableFromInline
    internal var _leastRecent: Int = -1
    /// The most recent node, or -1 when empty.
    @usableFromInline
    internal var _mostRecent: Int = -1
    /// First node free for reuse, or -1.
    @usableFromInline
    internal var _freeNode: Int = -1

    /// How many entries the cache keeps.
    public let capacity: Int
    @usableFromInline internal var _hits = 0
    @usableFromInline internal var _misses = 0
    @usableFromInline internal var _evictions = 0

    /// Receives every step the cache takes, in order, while it takes it.
    public var observer: ((LRUEvent<Key, Value>) -> Void)?

    /// Creates an empty cache that keeps at most `capacity` entries
    /// (0 keeps none: every `put` is evicted at once).
    ///
    ///     var cache = LRUCache<String, Int>(capacity: 128)
    ///
    /// - Complexity: O(min(capacity, 65536)) to reserve room up front.
    @inlinable
    public init(capacity: Int) {
        precondition(capacity >= 0, "capacity must be non-negative")
        self.capacity = capacity
        let reserved = Swift.min(capacity, 1 << 16) + 1
        _nodeIndex = Dictionary(minimumCapacity: reserved)
        _nodes = []
        _nodes.reserveCapacity(reserved)
        observer = nil
    }

    /// `get` calls that found their key.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var hits: Int { _hits }

    /// `get` calls that did not.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var misses: Int { _misses }

    /// Entries removed to stay within `capacity`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var evictions: Int { _evictions }

    /// The number of entries.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var count: Int { _nodeIndex.count }

    /// Whether the cache has no entries.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var isEmpty: Bool { _nodeIndex.isEmpty }

    /// The entries from least recent (next to be evicted) to most recent.
    ///
    ///     var cache = LRUCache<Int, Int>(capacity: 3)
    ///     cache.put(1, 10)
    ///     cache.put(2, 20)
    ///     cache.entries.map(\.key)    // [1, 2]
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public var entries: [(key: Key, value: Value)] {
        var result: [(key: Key, value: Value)] = []
        result.reserveCapacity(count)
        var node = _leastRecent
        while node >= 0 {
            result.append((_nodes[node].key, _nodes[node].value))
            node = _nodes[node].next
        }
        return result
    }
}
