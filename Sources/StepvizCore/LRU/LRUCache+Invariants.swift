extension LRUCache {
    /// Traps, naming the node, when the map, the recency list and the free
    /// list disagree. Compiled in only with STEPVIZ_INTERNAL_CHECKS (debug).
    @inlinable
    @inline(__always)
    internal func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        precondition(_nodeIndex.count <= capacity, "LRUCache invariant: \(_nodeIndex.count) entries over capacity \(capacity)")
        var seen = 0
        var previous = -1
        var node = _leastRecent
        while node >= 0 {
            precondition(_nodes[node].previous == previous, "LRUCache invariant: node \(node) does not link back to \(previous)")
            precondition(
                _nodeIndex[_nodes[node].key] == node, "LRUCache invariant: map does not point at node \(node) for key \(_nodes[node].key)")
            seen += 1
            precondition(seen <= _nodeIndex.count, "LRUCache invariant: recency list longer than the map (cycle at node \(node)?)")
            previous = node
            node = _nodes[node].next
        }
        precondition(previous == _mostRecent, "LRUCache invariant: list ends at \(previous), most recent is \(_mostRecent)")
        precondition(seen == _nodeIndex.count, "LRUCache invariant: list has \(seen) nodes, map has \(_nodeIndex.count)")
        var free = 0
        node = _freeNode
        while node >= 0 {
            free += 1
            precondition(free <= _nodes.count, "LRUCache invariant: free list cycles at node \(node)")
            node = _nodes[node].next
        }
        precondition(seen + free == _nodes.count, "LRUCache invariant: \(_nodes.count - seen - free) nodes lost")
        #endif
    }
}
