extension LRUCache {
    /// Returns the value for `key` and makes it the most recent entry (a
    /// hit), or returns nil and counts a miss.
    ///
    ///     var cache = LRUCache<Int, Int>(capacity: 2)
    ///     cache.put(1, 10)
    ///     cache.get(1)    // 10, hits == 1
    ///     cache.get(5)    // nil, misses == 1
    ///
    /// - Complexity: O(1) on average (one hash lookup, a few links).
    @inlinable
    public mutating func get(_ key: Key) -> Value? {
        observer?(.lookup(key))
        guard let node = _nodeIndex[key] else {
            _misses &+= 1
            observer?(.miss(key))
            return nil
        }
        _hits &+= 1
        let value = _nodes[node].value
        observer?(.hit(key, value))
        _moveToMostRecent(node)
        observer?(.moveToMostRecent(key))
        _checkInvariants()
        return value
    }

    /// Stores `value` for `key` as the most recent entry: inserts a new key
    /// (evicting the least recent entry when that takes the cache over
    /// capacity) or updates a present one.
    ///
    ///     var cache = LRUCache<Int, Int>(capacity: 1)
    ///     cache.put(1, 10)
    ///     cache.put(1, 11)    // update
    ///     cache.put(2, 20)    // evicts 1
    ///
    /// - Complexity: O(1) on average.
    @inlinable
    public mutating func put(_ key: Key, _ value: Value) {
        // One hash of `key` either finds its node or claims the next free one.
        let candidate = _freeNode >= 0 ? _freeNode : _nodes.count
        let (node, isNew) = Self._claim(&_nodeIndex[key, default: -1], candidate)
        if isNew {
            if candidate == _nodes.count {
                _nodes.append(_LRUNode(key: key, value: value, previous: -1, next: -1))
            } else {
                _freeNode = _nodes[candidate].next
                _nodes[candidate] = _LRUNode(key: key, value: value, previous: -1, next: -1)
            }
            _linkAsMostRecent(node)
            observer?(.insert(key, value))
            if _nodeIndex.count > capacity { _evictLeastRecent() }
        } else {
            if let observer {
                observer(.update(key, old: _nodes[node].value, new: value))
            }
            _nodes[node].value = value
            _moveToMostRecent(node)
            observer?(.moveToMostRecent(key))
        }
        _checkInvariants()
    }

    /// The value for `key` without counting a hit or miss and without
    /// changing its recency.
    ///
    /// - Complexity: O(1) on average.
    @inlinable
    public func peek(_ key: Key) -> Value? {
        guard let node = _nodeIndex[key] else { return nil }
        return _nodes[node].value
    }

    /// Writes `candidate` into an empty map slot; says which node the key
    /// has and whether it was new.
    @inlinable
    @inline(__always)
    internal static func _claim(_ slot: inout Int, _ candidate: Int) -> (Int, Bool) {
        if slot >= 0 { return (slot, false) }
        slot = candidate
        return (candidate, true)
    }

    @inlinable
    internal mutating func _evictLeastRecent() {
        let node = _leastRecent
        _unlink(node)
        let key = _nodes[node].key
        _nodeIndex.removeValue(forKey: key)
        _evictions &+= 1
        observer?(.evict(key, _nodes[node].value))
        // The freed node keeps its key and value until the next insert
        // overwrites it (at most one node is free once the cache is full).
        _nodes[node].next = _freeNode
        _freeNode = node
    }
}
