/// The memory behind a ``BlockDeque``: a header and a pool of fixed-size
/// blocks addressed by id. A class so the deque can be copied on write; all
/// state lives behind `header` so that hot paths touch raw memory only.
@usableFromInline
internal final class _BlockDequeStorage<Element> {
    /// Free blocks kept with their memory for reuse (CPython keeps 16 too).
    @usableFromInline
    internal static var _retainedFreeBlockLimit: Int { 16 }

    @usableFromInline
    internal let header: UnsafeMutablePointer<_BlockDequeHeader<Element>>

    @inlinable
    internal init(blockSize: Int) {
        let entryCapacity = 4
        let entries = UnsafeMutablePointer<_DequeBlockEntry<Element>>.allocate(capacity: entryCapacity)
        let slots = UnsafeMutablePointer<Element>.allocate(capacity: blockSize)
        entries.initialize(to: _DequeBlockEntry(slots: slots, previous: -1, next: -1))
        header = .allocate(capacity: 1)
        header.initialize(
            to: _BlockDequeHeader(
                blockSize: blockSize, entries: entries, entryCapacity: entryCapacity, firstSlots: slots))
    }

    /// A copy with the same blocks, ids and indices (free blocks give their
    /// memory back), so a copied deque looks exactly like the original.
    @inlinable
    internal init(copying other: _BlockDequeStorage) {
        let source = other.header.pointee
        let entries = UnsafeMutablePointer<_DequeBlockEntry<Element>>.allocate(capacity: source.entryCapacity)
        for id in 0..<source.entryCount {
            let entry = source.entries[id]
            (entries + id).initialize(to: _DequeBlockEntry(slots: nil, previous: entry.previous, next: entry.next))
        }
        var copy = source
        copy.entries = entries
        copy.retainedFreeBlocks = 0
        header = .allocate(capacity: 1)
        header.initialize(to: copy)
        let blockSize = source.blockSize
        other._forEachLiveRange { id, from, range in
            let slots = UnsafeMutablePointer<Element>.allocate(capacity: blockSize)
            entries[id].slots = slots
            (slots + range.lowerBound).initialize(from: from + range.lowerBound, count: range.count)
        }
        header.pointee.leftSlots = entries[copy.leftBlock].slots!
        header.pointee.rightSlots = entries[copy.rightBlock].slots!
    }

    deinit {
        _forEachLiveRange { _, slots, range in
            (slots + range.lowerBound).deinitialize(count: range.count)
        }
        let entries = header.pointee.entries
        for id in 0..<header.pointee.entryCount {
            entries[id].slots?.deallocate()
        }
        entries.deinitialize(count: header.pointee.entryCount)
        entries.deallocate()
        header.deinitialize(count: 1)
        header.deallocate()
    }

    /// Calls `body` with each linked block, left to right: its id, its slots
    /// and the range of slots in use (possibly empty, for an empty deque).
    @inlinable
    internal func _forEachLiveRange(
        _ body: (Int, UnsafeMutablePointer<Element>, Range<Int>) throws -> Void
    ) rethrows {
        let h = header.pointee
        var id = h.leftBlock
        var lower = h.leftIndex
        while true {
            let slots = h.entries[id].slots!
            if id == h.rightBlock {
                try body(id, slots, lower..<max(lower, h.rightIndex + 1))
                return
            }
            try body(id, slots, lower..<h.blockSize)
            id = h.entries[id].next
            lower = 0
        }
    }

    /// Takes a block from the free list, or a fresh id, and returns its id
    /// with memory for its slots.
    @inlinable
    internal func _takeBlock() -> Int {
        let h = header
        let id: Int
        if h.pointee.freeHead >= 0 {
            id = h.pointee.freeHead
            h.pointee.freeHead = h.pointee.entries[id].next
            if h.pointee.entries[id].slots == nil {
                h.pointee.entries[id].slots = .allocate(capacity: h.pointee.blockSize)
            } else {
                h.pointee.retainedFreeBlocks &-= 1
            }
        } else {
            if h.pointee.entryCount == h.pointee.entryCapacity { _growEntries() }
            id = h.pointee.entryCount
            (h.pointee.entries + id).initialize(
                to: _DequeBlockEntry(
                    slots: .allocate(capacity: h.pointee.blockSize), previous: -1, next: -1))
            h.pointee.entryCount &+= 1
        }
        return id
    }

    /// Puts an unlinked, empty block on the free list, keeping its memory
    /// while few are kept.
    @inlinable
    internal func _releaseBlock(_ id: Int) {
        let h = header
        if h.pointee.retainedFreeBlocks < Self._retainedFreeBlockLimit {
            h.pointee.retainedFreeBlocks &+= 1
        } else {
            h.pointee.entries[id].slots?.deallocate()
            h.pointee.entries[id].slots = nil
        }
        h.pointee.entries[id].previous = -1
        h.pointee.entries[id].next = h.pointee.freeHead
        h.pointee.freeHead = id
    }

    @inlinable
    @inline(never)
    internal func _growEntries() {
        let h = header
        let capacity = h.pointee.entryCapacity * 2
        let entries = UnsafeMutablePointer<_DequeBlockEntry<Element>>.allocate(capacity: capacity)
        entries.moveInitialize(from: h.pointee.entries, count: h.pointee.entryCount)
        h.pointee.entries.deallocate()
        h.pointee.entries = entries
        h.pointee.entryCapacity = capacity
    }

    /// Links block `id` at `end` and points that end's index just outside it.
    @inlinable
    internal func _linkBlock(_ id: Int, at end: DequeEnd) {
        let h = header
        let entries = h.pointee.entries
        switch end {
        case .right:
            let old = h.pointee.rightBlock
            entries[id].previous = old
            entries[id].next = -1
            entries[old].next = id
            h.pointee.rightBlock = id
            h.pointee.rightSlots = entries[id].slots.unsafelyUnwrapped
            h.pointee.rightIndex = -1
        case .left:
            let old = h.pointee.leftBlock
            entries[id].next = old
            entries[id].previous = -1
            entries[old].previous = id
            h.pointee.leftBlock = id
            h.pointee.leftSlots = entries[id].slots.unsafelyUnwrapped
            h.pointee.leftIndex = h.pointee.blockSize
        }
    }

    /// Unlinks the (empty) block at `end`, moves that end's index onto the
    /// neighbour, and returns the unlinked block's id.
    @inlinable
    internal func _unlinkBlock(at end: DequeEnd) -> Int {
        let h = header
        let entries = h.pointee.entries
        switch end {
        case .right:
            let id = h.pointee.rightBlock
            let neighbour = entries[id].previous
            entries[neighbour].next = -1
            h.pointee.rightBlock = neighbour
            h.pointee.rightSlots = entries[neighbour].slots.unsafelyUnwrapped
            h.pointee.rightIndex = h.pointee.blockSize &- 1
            return id
        case .left:
            let id = h.pointee.leftBlock
            let neighbour = entries[id].next
            entries[neighbour].previous = -1
            h.pointee.leftBlock = neighbour
            h.pointee.leftSlots = entries[neighbour].slots.unsafelyUnwrapped
            h.pointee.leftIndex = 0
            return id
        }
    }
}
