extension BinaryHeap {
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
