extension BlockDeque {
    /// Traps, naming what is wrong, when the blocks, links, indices, count,
    /// bound or free list disagree. Compiled in only with
    /// STEPVIZ_INTERNAL_CHECKS (debug builds).
    @inlinable
    @inline(__always)
    internal func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        let h = _storage.header.pointee
        let size = h.blockSize
        precondition(h.count >= 0 && h.count <= _maxlen, "BlockDeque invariant: count \(h.count) outside 0...maxlen \(_maxlen)")
        precondition(h.leftIndex >= 0 && h.leftIndex < size, "BlockDeque invariant: left index \(h.leftIndex) outside its block")
        precondition(h.rightIndex >= -1 && h.rightIndex < size, "BlockDeque invariant: right index \(h.rightIndex) outside its block")
        precondition(h.entries[h.leftBlock].previous == -1, "BlockDeque invariant: left block \(h.leftBlock) has a left neighbour")
        precondition(h.entries[h.rightBlock].next == -1, "BlockDeque invariant: right block \(h.rightBlock) has a right neighbour")
        precondition(h.entries[h.leftBlock].slots == h.leftSlots, "BlockDeque invariant: cached left slots are not block \(h.leftBlock)'s")
        precondition(
            h.entries[h.rightBlock].slots == h.rightSlots, "BlockDeque invariant: cached right slots are not block \(h.rightBlock)'s")
        var linked = Set<Int>()
        var block = h.leftBlock
        while true {
            precondition(linked.insert(block).inserted, "BlockDeque invariant: block \(block) linked twice")
            precondition(h.entries[block].slots != nil, "BlockDeque invariant: linked block \(block) has no memory")
            if block == h.rightBlock { break }
            let next = h.entries[block].next
            precondition(next >= 0, "BlockDeque invariant: block \(block) ends the list before the right block")
            precondition(h.entries[next].previous == block, "BlockDeque invariant: block \(next) does not link back to \(block)")
            block = next
        }
        let expected =
            linked.count == 1
            ? h.rightIndex - h.leftIndex + 1
            : (size - h.leftIndex) + (linked.count - 2) * size + h.rightIndex + 1
        precondition(expected == h.count, "BlockDeque invariant: indices span \(expected) slots but count is \(h.count)")
        if h.count == 0 {
            precondition(linked.count == 1, "BlockDeque invariant: empty deque with \(linked.count) blocks")
        } else {
            precondition(h.rightIndex >= 0, "BlockDeque invariant: non-empty deque with right index -1")
        }
        var free = Set<Int>()
        var retained = 0
        var id = h.freeHead
        while id >= 0 {
            precondition(!linked.contains(id), "BlockDeque invariant: block \(id) is both linked and free")
            precondition(free.insert(id).inserted, "BlockDeque invariant: block \(id) is free twice")
            if h.entries[id].slots != nil { retained += 1 }
            id = h.entries[id].next
        }
        precondition(
            linked.count + free.count == h.entryCount,
            "BlockDeque invariant: \(h.entryCount - linked.count - free.count) blocks lost from the pool")
        precondition(
            retained == h.retainedFreeBlocks,
            "BlockDeque invariant: \(retained) free blocks keep memory, header says \(h.retainedFreeBlocks)")
        #endif
    }
}
