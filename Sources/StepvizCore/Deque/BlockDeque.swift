/// A double-ended queue built the way CPython builds `collections.deque`:
/// "a hybrid of a linked list and a vector", a doubly-linked list of
/// fixed-size blocks with a left and a right index.
///
/// Appends and pops at either end never move other elements and allocate at
/// most one block per `blockSize` operations; indexing walks blocks from the
/// nearer end. Every operation gives what Python gives, `maxlen` included:
/// a bounded deque that grows past its limit discards from the opposite end.
///
///     var deque = BlockDeque<Int>(maxlen: 3)
///     deque.extend([9, 2, 3])
///     deque.extend([7, 8])        // [3, 7, 8]: 9 and 2 were discarded
///     deque.extendLeft([1, 2])    // [2, 1, 3]: items go in reversed
///     deque.rotate(1)             // [3, 2, 1]
///     deque.popLeft()             // 3
///
/// Blocks live in a pool and are named by id, and the element slots are raw
/// memory, so there is no allocation per element. Attach an `observer` to
/// receive a ``DequeEvent`` for every slot written or cleared, block
/// allocated or freed, discard, rotation step and block walked; with none
/// attached the checks cost nothing measurable.
public struct BlockDeque<Element> {
    @usableFromInline
    internal var _storage: _BlockDequeStorage<Element>

    /// The bound, or `Int.max` when unbounded (one comparison per append).
    @usableFromInline
    internal var _maxlen: Int

    /// Receives every step the deque takes, in order, while it takes it.
    public var observer: ((DequeEvent<Element>) -> Void)?

    /// Creates an empty deque, optionally bounded to `maxlen` elements.
    ///
    ///     let recent = BlockDeque<Int>(maxlen: 5)
    ///     let visible = BlockDeque<Int>(blockSize: 8)
    ///
    /// - Parameters:
    ///   - maxlen: The most elements the deque holds; nil for no bound.
    ///     Must not be negative ("maxlen must be non-negative").
    ///   - blockSize: Slots per block, at least 2 (CPython uses 64).
    /// - Complexity: O(`blockSize`) for the first block.
    @inlinable
    public init(maxlen: Int? = nil, blockSize: Int = 64) {
        precondition((maxlen ?? 0) >= 0, "maxlen must be non-negative")
        precondition(blockSize >= 2, "blockSize must be at least 2")
        _storage = _BlockDequeStorage(blockSize: blockSize)
        _maxlen = maxlen ?? .max
        observer = nil
    }

    /// Creates a deque holding `elements` (Python's `deque(iterable, maxlen)`:
    /// with a bound, only the last `maxlen` remain).
    ///
    ///     BlockDeque([1, 2, 3, 4], maxlen: 2)    // [3, 4]
    ///
    /// - Complexity: O(*n*)
    @inlinable
    public init(_ elements: some Sequence<Element>, maxlen: Int? = nil, blockSize: Int = 64) {
        self.init(maxlen: maxlen, blockSize: blockSize)
        extend(elements)
    }

    /// The number of elements.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var count: Int { _storage.header.pointee.count }

    /// Whether the deque has no elements.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var isEmpty: Bool { count == 0 }

    /// The bound given at creation, or nil when unbounded.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var maxlen: Int? { _maxlen == .max ? nil : _maxlen }

    /// Slots per block.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var blockSize: Int { _storage.header.pointee.blockSize }

    /// The leftmost element (`d[0]`), or nil when empty.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var first: Element? {
        let h = _storage.header.pointee
        return h.count == 0 ? nil : h.leftSlots[h.leftIndex]
    }

    /// The rightmost element (`d[-1]`), or nil when empty.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var last: Element? {
        let h = _storage.header.pointee
        return h.count == 0 ? nil : h.rightSlots[h.rightIndex]
    }

    /// Gives this value its own storage before a mutation (copy on write).
    @inlinable
    @inline(__always)
    internal mutating func _makeUnique() {
        if !isKnownUniquelyReferenced(&_storage) {
            _storage = _BlockDequeStorage(copying: _storage)
        }
    }
}
