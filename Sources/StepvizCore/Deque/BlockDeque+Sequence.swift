extension BlockDeque: Sequence {
    /// Walks the elements from left to right, a block at a time.
    public struct Iterator: IteratorProtocol {
        @usableFromInline
        internal let _storage: _BlockDequeStorage<Element>
        @usableFromInline
        internal var _slots: UnsafeMutablePointer<Element>
        @usableFromInline
        internal var _block: Int
        @usableFromInline
        internal var _index: Int
        @usableFromInline
        internal var _remaining: Int

        @inlinable
        internal init(_ storage: _BlockDequeStorage<Element>) {
            _storage = storage
            let h = storage.header.pointee
            _slots = h.leftSlots
            _block = h.leftBlock
            _index = h.leftIndex
            _remaining = h.count
        }

        /// - Complexity: O(1)
        @inlinable
        public mutating func next() -> Element? {
            guard _remaining > 0 else { return nil }
            if _index == _storage.header.pointee.blockSize {
                _block = _storage.header.pointee.entries[_block].next
                _slots = _storage.header.pointee.entries[_block].slots.unsafelyUnwrapped
                _index = 0
            }
            let element = _slots[_index]
            _index &+= 1
            _remaining &-= 1
            return element
        }
    }

    /// - Complexity: O(1)
    @inlinable
    public func makeIterator() -> Iterator { Iterator(_storage) }

    /// - Complexity: O(1)
    @inlinable
    public var underestimatedCount: Int { count }
}

extension BlockDeque: Equatable where Element: Equatable {
    /// Two deques are equal when they hold equal elements in the same order
    /// (bounds and block layouts aside, as in Python).
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
