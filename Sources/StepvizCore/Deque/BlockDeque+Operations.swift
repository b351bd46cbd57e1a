extension BlockDeque {
    /// Adds an element at the right end (Python's `append`). On a full
    /// bounded deque the leftmost element is discarded.
    ///
    ///     var deque = BlockDeque([1, 2], maxlen: 2)
    ///     deque.append(3)    // [2, 3]
    ///
    /// - Complexity: O(1)
    @inlinable
    public mutating func append(_ element: Element) {
        _makeUnique()
        _appendUnique(element)
        _checkInvariants()
    }

    /// Adds an element at the left end (Python's `appendleft`). On a full
    /// bounded deque the rightmost element is discarded.
    ///
    ///     var deque = BlockDeque([1, 2], maxlen: 2)
    ///     deque.appendLeft(0)    // [0, 1]
    ///
    /// - Complexity: O(1)
    @inlinable
    public mutating func appendLeft(_ element: Element) {
        _makeUnique()
        _appendLeftUnique(element)
        _checkInvariants()
    }

    /// Removes and returns the rightmost element (Python's `pop`), or nil
    /// when the deque is empty (Python raises "pop from an empty deque").
    ///
    ///     var deque = BlockDeque([1, 2])
    ///     deque.pop()    // 2
    ///
    /// - Complexity: O(1)
    @inlinable
    @discardableResult
    public mutating func pop() -> Element? {
        guard count > 0 else { return nil }
        _makeUnique()
        let element = _popUnique()
        _checkInvariants()
        return element
    }

    /// Removes and returns the leftmost element (Python's `popleft`), or nil
    /// when the deque is empty.
    ///
    ///     var deque = BlockDeque([1, 2])
    ///     deque.popLeft()    // 1
    ///
    /// - Complexity: O(1)
    @inlinable
    @discardableResult
    public mutating func popLeft() -> Element? {
        guard count > 0 else { return nil }
        _makeUnique()
        let element = _popLeftUnique()
        _checkInvariants()
        return element
    }

    /// Appends every element of `elements` at the right end, one by one, as
    /// Python's `extend` (a bounded deque discards from the left as it goes).
    ///
    ///     var deque = BlockDeque([9, 2, 3], maxlen: 3)
    ///     deque.extend([7, 8])    // [3, 7, 8]
    ///
    /// - Complexity: O(*m*) for *m* new elements.
    @inlinable
    public mutating func extend(_ elements: some Sequence<Element>) {
        // maxlen 0 keeps nothing: CPython just consumes the iterable.
        guard _maxlen != 0 else { return }
        _makeUnique()
        let h = _storage.header
        if h.pointee.count == 0 {
            // CPython's space-saving heuristic: fill an empty deque from the left.
            _resetIndices(left: 1, right: 0)
        }
        for element in elements { _appendUnique(element) }
        _checkInvariants()
    }

    /// Prepends every element of `elements` at the left end, one by one, so
    /// they end up reversed (Python's `extendleft`).
    ///
    ///     var deque = BlockDeque([3, 7, 8], maxlen: 3)
    ///     deque.extendLeft([1, 2])    // [2, 1, 3]
    ///
    /// - Complexity: O(*m*) for *m* new elements.
    @inlinable
    public mutating func extendLeft(_ elements: some Sequence<Element>) {
        guard _maxlen != 0 else { return }
        _makeUnique()
        let h = _storage.header
        if h.pointee.count == 0 {
            // Fill an empty deque from the right.
            let blockSize = h.pointee.blockSize
            _resetIndices(left: blockSize - 1, right: blockSize - 2)
        }
        for element in elements { _appendLeftUnique(element) }
        _checkInvariants()
    }

    /// Removes every element, leaving one empty, recentred block (Python's
    /// `clear`; an empty deque is left as it is).
    ///
    ///     var deque = BlockDeque([1, 2, 3])
    ///     deque.clear()    // []
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public mutating func clear() {
        guard count > 0 else { return }
        _makeUnique()
        let h = _storage.header
        let blockSize = h.pointee.blockSize
        while h.pointee.count > 0 {
            let index = h.pointee.leftIndex
            let element = (h.pointee.leftSlots + index).move()
            h.pointee.leftIndex = index &+ 1
            h.pointee.count &-= 1
            observer?(.slotCleared(block: h.pointee.leftBlock, slot: index, element, end: .left))
            if index &+ 1 == blockSize && h.pointee.count > 0 {
                _freeBlock(at: .left)
            }
        }
        _resetIndices(left: h.pointee.center + 1, right: h.pointee.center)
        _checkInvariants()
    }

    // MARK: - Steps shared by the operations (storage already unique)

    @inlinable
    @inline(__always)
    internal mutating func _appendUnique(_ element: Element) {
        let h = _storage.header
        if _slowPath(h.pointee.rightIndex == h.pointee.blockSize &- 1) {
            _allocateBlock(at: .right)
        }
        let index = h.pointee.rightIndex &+ 1
        h.pointee.rightIndex = index
        (h.pointee.rightSlots + index).initialize(to: element)
        h.pointee.count &+= 1
        observer?(.slotWritten(block: h.pointee.rightBlock, slot: index, element, end: .right))
        if _slowPath(h.pointee.count > _maxlen) { _discard(from: .left) }
    }

    @inlinable
    @inline(__always)
    internal mutating func _appendLeftUnique(_ element: Element) {
        let h = _storage.header
        if _slowPath(h.pointee.leftIndex == 0) {
            _allocateBlock(at: .left)
        }
        let index = h.pointee.leftIndex &- 1
        h.pointee.leftIndex = index
        (h.pointee.leftSlots + index).initialize(to: element)
        h.pointee.count &+= 1
        observer?(.slotWritten(block: h.pointee.leftBlock, slot: index, element, end: .left))
        if _slowPath(h.pointee.count > _maxlen) { _discard(from: .right) }
    }

    @inlinable
    @inline(__always)
    internal mutating func _popUnique() -> Element {
        let h = _storage.header
        let index = h.pointee.rightIndex
        let element = (h.pointee.rightSlots + index).move()
        h.pointee.rightIndex = index &- 1
        h.pointee.count &-= 1
        observer?(.slotCleared(block: h.pointee.rightBlock, slot: index, element, end: .right))
        if _slowPath(index == 0) {
            if h.pointee.count > 0 {
                _freeBlock(at: .right)
            } else {
                // CPython re-centres instead of freeing the only block.
                _resetIndices(left: h.pointee.center + 1, right: h.pointee.center)
            }
        }
        return element
    }

    @inlinable
    @inline(__always)
    internal mutating func _popLeftUnique() -> Element {
        let h = _storage.header
        let index = h.pointee.leftIndex
        let element = (h.pointee.leftSlots + index).move()
        h.pointee.leftIndex = index &+ 1
        h.pointee.count &-= 1
        observer?(.slotCleared(block: h.pointee.leftBlock, slot: index, element, end: .left))
        if _slowPath(index &+ 1 == h.pointee.blockSize) {
            if h.pointee.count > 0 {
                _freeBlock(at: .left)
            } else {
                _resetIndices(left: h.pointee.center + 1, right: h.pointee.center)
            }
        }
        return element
    }

    /// A bounded deque grew past `maxlen`: drop one element from `end`.
    @inlinable
    @inline(never)
    internal mutating func _discard(from end: DequeEnd) {
        let h = _storage.header
        switch end {
        case .left:
            observer?(.discarded(h.pointee.leftSlots[h.pointee.leftIndex], end: .left))
            _ = _popLeftUnique()
        case .right:
            observer?(.discarded(h.pointee.rightSlots[h.pointee.rightIndex], end: .right))
            _ = _popUnique()
        }
    }

    @inlinable
    @inline(never)
    internal func _allocateBlock(at end: DequeEnd) {
        let id = _storage._takeBlock()
        _storage._linkBlock(id, at: end)
        observer?(.blockAllocated(block: id, end: end))
    }

    @inlinable
    @inline(never)
    internal func _freeBlock(at end: DequeEnd) {
        let id = _storage._unlinkBlock(at: end)
        _storage._releaseBlock(id)
        observer?(.blockFreed(block: id, end: end))
    }

    @inlinable
    @inline(never)
    internal func _resetIndices(left: Int, right: Int) {
        let h = _storage.header
        h.pointee.leftIndex = left
        h.pointee.rightIndex = right
        observer?(.indicesReset(leftIndex: left, rightIndex: right))
    }
}
