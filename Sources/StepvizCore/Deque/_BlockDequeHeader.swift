/// Everything a ``BlockDeque`` knows about its blocks, kept behind a pointer
/// in its storage object so the hot paths read and write plain memory (no
/// exclusivity checks, no bounds checks). Indices follow CPython: the first
/// element is `leftSlots[leftIndex]`, the last `rightSlots[rightIndex]`.
@usableFromInline
@frozen
internal struct _BlockDequeHeader<Element> {
    @usableFromInline internal let blockSize: Int
    @usableFromInline internal var count: Int
    @usableFromInline internal var leftBlock: Int
    @usableFromInline internal var rightBlock: Int
    @usableFromInline internal var leftIndex: Int
    @usableFromInline internal var rightIndex: Int
    /// The slots of `leftBlock` and `rightBlock`, cached for the ends.
    @usableFromInline internal var leftSlots: UnsafeMutablePointer<Element>
    @usableFromInline internal var rightSlots: UnsafeMutablePointer<Element>
    /// The block pool, indexed by block id.
    @usableFromInline internal var entries: UnsafeMutablePointer<_DequeBlockEntry<Element>>
    @usableFromInline internal var entryCapacity: Int
    /// Ids handed out so far (entries `0..<entryCount` are initialized).
    @usableFromInline internal var entryCount: Int
    /// First free block id, or -1.
    @usableFromInline internal var freeHead: Int
    /// Free blocks that still hold their memory, for quick reuse.
    @usableFromInline internal var retainedFreeBlocks: Int

    @inlinable
    internal init(
        blockSize: Int, entries: UnsafeMutablePointer<_DequeBlockEntry<Element>>,
        entryCapacity: Int, firstSlots: UnsafeMutablePointer<Element>
    ) {
        self.blockSize = blockSize
        count = 0
        leftBlock = 0
        rightBlock = 0
        leftIndex = (blockSize - 1) / 2 + 1
        rightIndex = (blockSize - 1) / 2
        leftSlots = firstSlots
        rightSlots = firstSlots
        self.entries = entries
        self.entryCapacity = entryCapacity
        entryCount = 1
        freeHead = -1
        retainedFreeBlocks = 0
    }

    /// CPython's CENTER: where an empty deque's indices meet.
    @inlinable
    internal var center: Int { (blockSize - 1) / 2 }
}
