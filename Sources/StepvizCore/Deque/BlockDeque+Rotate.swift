extension BlockDeque {
    /// Rotates `n` steps to the right (Python's `rotate`); a negative `n`
    /// rotates left. Any `n` works: it is taken modulo the count and then the
    /// shorter way round, and an empty deque is left as it is.
    ///
    ///     var deque = BlockDeque([1, 2, 3, 4, 5])
    ///     deque.rotate(2)     // [4, 5, 1, 2, 3]
    ///     deque.rotate(-2)    // [1, 2, 3, 4, 5]
    ///
    /// Like CPython, it moves elements from one end to the other a block
    /// chunk at a time, and a block emptied at one end is reused at the
    /// other, so it allocates and frees at most one block.
    ///
    /// - Complexity: O(min(|*n* mod count|, count − |*n* mod count|))
    @inlinable
    public mutating func rotate(_ n: Int) {
        let count = self.count
        guard count > 1 else { return }
        let half = count >> 1
        var n = n
        if n > half || n < -half {
            n %= count
            if n > half {
                n -= count
            } else if n < -half {
                n += count
            }
        }
        guard n != 0 else { return }
        _makeUnique()
        if n > 0 {
            _rotateRight(n)
        } else {
            _rotateLeft(-n)
        }
        _checkInvariants()
    }

    /// Moves `n` elements from the right end to the left end.
    @inlinable
    internal mutating func _rotateRight(_ n: Int) {
        let h = _storage.header
        var remaining = n
        var spare = -1  // a block emptied on the right, waiting to be reused on the left
        while remaining > 0 {
            if h.pointee.leftIndex == 0 {
                if spare >= 0 {
                    _storage._linkBlock(spare, at: .left)
                    observer?(.blockAllocated(block: spare, end: .left))
                    spare = -1
                } else {
                    _allocateBlock(at: .left)
                }
            }
            let chunk = Swift.min(remaining, h.pointee.rightIndex + 1, h.pointee.leftIndex)
            let source = h.pointee.rightSlots + (h.pointee.rightIndex - chunk + 1)
            let destination = h.pointee.leftSlots + (h.pointee.leftIndex - chunk)
            if let observer {
                // One element at a time, rightmost first, so that after each
                // step the moved element is the new leftmost.
                for offset in (0..<chunk).reversed() {
                    observer(
                        .rotationStep(
                            source[offset],
                            fromBlock: h.pointee.rightBlock, fromSlot: h.pointee.rightIndex - chunk + 1 + offset,
                            toBlock: h.pointee.leftBlock, toSlot: h.pointee.leftIndex - chunk + offset,
                            toward: .left))
                }
            }
            destination.moveInitialize(from: source, count: chunk)
            h.pointee.rightIndex -= chunk
            h.pointee.leftIndex -= chunk
            remaining -= chunk
            if h.pointee.rightIndex < 0 {
                spare = _storage._unlinkBlock(at: .right)
                observer?(.blockFreed(block: spare, end: .right))
            }
        }
        if spare >= 0 { _storage._releaseBlock(spare) }
    }

    /// Moves `n` elements from the left end to the right end.
    @inlinable
    internal mutating func _rotateLeft(_ n: Int) {
        let h = _storage.header
        let blockSize = h.pointee.blockSize
        var remaining = n
        var spare = -1
        while remaining > 0 {
            if h.pointee.rightIndex == blockSize - 1 {
                if spare >= 0 {
                    _storage._linkBlock(spare, at: .right)
                    observer?(.blockAllocated(block: spare, end: .right))
                    spare = -1
                } else {
                    _allocateBlock(at: .right)
                }
            }
            let chunk = Swift.min(remaining, blockSize - h.pointee.leftIndex, blockSize - 1 - h.pointee.rightIndex)
            let source = h.pointee.leftSlots + h.pointee.leftIndex
            let destination = h.pointee.rightSlots + (h.pointee.rightIndex + 1)
            if let observer {
                // Leftmost first: after each step the moved element is the new rightmost.
                for offset in 0..<chunk {
                    observer(
                        .rotationStep(
                            source[offset],
                            fromBlock: h.pointee.leftBlock, fromSlot: h.pointee.leftIndex + offset,
                            toBlock: h.pointee.rightBlock, toSlot: h.pointee.rightIndex + 1 + offset,
                            toward: .right))
                }
            }
            destination.moveInitialize(from: source, count: chunk)
            h.pointee.leftIndex += chunk
            h.pointee.rightIndex += chunk
            remaining -= chunk
            if h.pointee.leftIndex == blockSize {
                spare = _storage._unlinkBlock(at: .left)
                observer?(.blockFreed(block: spare, end: .left))
            }
        }
        if spare >= 0 { _storage._releaseBlock(spare) }
    }
}
