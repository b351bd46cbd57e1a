extension LRUCache {
    /// Unlinks `node` and links it at the most-recent end.
    @inlinable
    internal mutating func _moveToMostRecent(_ node: Int) {
        guard node != _mostRecent else { return }
        _unlink(node)
        _linkAsMostRecent(node)
    }

    /// Links an unlinked `node` at the most-recent end.
    @inlinable
    internal mutating func _linkAsMostRecent(_ node: Int) {
        let tail = _mostRecent
        _nodes.withUnsafeMutableBufferPointer { nodes in
            nodes[node].previous = tail
            nodes[node].next = -1
            if tail >= 0 { nodes[tail].next = node }
        }
        if tail < 0 { _leastRecent = node }
        _mostRecent = node
    }

    /// Takes `node` out of the recency list, joining its neighbours.
    @inlinable
    internal mutating func _unlink(_ node: Int) {
        var leastRecent = _leastRecent
        var mostRecent = _mostRecent
        _nodes.withUnsafeMutableBufferPointer { nodes in
            let previous = nodes[node].previous
            let next = nodes[node].next
            if previous >= 0 { nodes[previous].next = next } else { leastRecent = next }
            if next >= 0 { nodes[next].previous = previous } else { mostRecent = previous }
        }
        _leastRecent = leastRecent
        _mostRecent = mostRecent
    }
}
