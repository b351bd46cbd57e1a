extension BinaryHeap where Element: Comparable {
    /// Traps, naming the node, when some element is less than its parent.
    /// Compiled in only with STEPVIZ_INTERNAL_CHECKS (debug builds).
    @inlinable
    @inline(__always)
    internal func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        for index in _storage.indices.dropFirst() {
            let parent = (index - 1) / 2
            precondition(
                !(_storage[index] < _storage[parent]),
                "BinaryHeap invariant: node \(index) (\(_storage[index])) < its parent \(parent) (\(_storage[parent]))")
        }
        #endif
    }
}

extension BinaryHeap where Element: ThrowingComparable {
    // After a comparison raised, a Python heap need not be a heap any more
    // (heapify([3, 1, 'x']) leaves 1 under 3), and later operations go on
    // from there, as they do in Python. So the check is conditional: an
    // operation that succeeds on a heap in order leaves it in order, pairs
    // that cannot be compared at all skipped.

    /// Whether the heap is in order as far as its elements compare, in a
    /// build with STEPVIZ_INTERNAL_CHECKS; true (and free) otherwise.
    @inlinable
    internal var _isOrderedForChecks: Bool {
        #if STEPVIZ_INTERNAL_CHECKS
        return _firstNodeOutOfOrder() == nil
        #else
        return true
        #endif
    }

    /// The first node that is less than its parent; pairs whose comparison
    /// throws do not count.
    @inlinable
    internal func _firstNodeOutOfOrder() -> Int? {
        for index in _storage.indices.dropFirst() {
            let parent = (index - 1) / 2
            if (try? Element.isLess(_storage[index], _storage[parent])) == true { return index }
        }
        return nil
    }

    /// Traps, naming the node, when a heap that was in order before an
    /// operation that succeeded is not after it. Compiled in only with
    /// STEPVIZ_INTERNAL_CHECKS (debug builds).
    @inlinable
    @inline(__always)
    internal func _checkInvariants(ifOrderedBefore wasOrdered: Bool) {
        #if STEPVIZ_INTERNAL_CHECKS
        guard wasOrdered, let index = _firstNodeOutOfOrder() else { return }
        let parent = (index - 1) / 2
        preconditionFailure(
            "BinaryHeap invariant: node \(index) (\(_storage[index])) < its parent \(parent) (\(_storage[parent]))")
        #endif
    }
}
