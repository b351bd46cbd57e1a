extension BlockDeque {
    /// The element at `position` from the left (`d[i]` in Python, for
    /// `0 <= i < count`). Traps when out of range ("deque index out of range").
    ///
    ///     let deque = BlockDeque([2, 3, 4, 5])
    ///     deque[2]    // 4
    ///
    /// - Complexity: O(1) at either end, otherwise O(min(*i*, count − *i*) / blockSize):
    ///   the walk starts from the nearer end.
    @inlinable
    public subscript(position: Int) -> Element {
        guard let element = element(at: position) else {
            preconditionFailure("deque index out of range")
        }
        return element
    }

    /// The element at `position`, or nil when out of range; Python's
    /// negative indices count from the right (`-1` is the last element).
    ///
    ///     let deque = BlockDeque([2, 3, 4, 5])
    ///     deque.element(at: -1)    // 5
    ///     deque.element(at: 4)     // nil
    ///
    /// - Complexity: as the subscript.
    @inlinable
    public func element(at position: Int) -> Element? {
        let count = self.count
        let index = position < 0 ? position + count : position
        guard index >= 0 && index < count else { return nil }
        let (block, slot) = _locate(index)
        let element = _storage.header.pointee.entries[block].slots.unsafelyUnwrapped[slot]
        observer?(.slotRead(block: block, slot: slot, element))
        return element
    }

    /// CPython's `deque_item`: the block and slot of `index`, walking from
    /// the left block for the first half and from the right block otherwise.
    @inlinable
    internal func _locate(_ index: Int) -> (block: Int, slot: Int) {
        let h = _storage.header.pointee
        if index == 0 {
            observer?(.blockWalk(block: h.leftBlock, from: .left))
            return (h.leftBlock, h.leftIndex)
        }
        if index == h.count - 1 {
            observer?(.blockWalk(block: h.rightBlock, from: .right))
            return (h.rightBlock, h.rightIndex)
        }
        let offset = index + h.leftIndex
        var steps = offset / h.blockSize
        let slot = offset % h.blockSize
        var block: Int
        if index < h.count >> 1 {
            block = h.leftBlock
            observer?(.blockWalk(block: block, from: .left))
            while steps > 0 {
                block = h.entries[block].next
                observer?(.blockWalk(block: block, from: .left))
                steps -= 1
            }
        } else {
            steps = (h.leftIndex + h.count - 1) / h.blockSize - steps
            block = h.rightBlock
            observer?(.blockWalk(block: block, from: .right))
            while steps > 0 {
                block = h.entries[block].previous
                observer?(.blockWalk(block: block, from: .right))
                steps -= 1
            }
        }
        return (block, slot)
    }
}
