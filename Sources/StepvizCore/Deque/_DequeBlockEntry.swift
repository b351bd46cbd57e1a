/// One block of the pool: its slots and its links to the neighbouring
/// blocks (-1 at an end). Free blocks are chained through `next`; a free
/// block past the retained limit has given its memory back (`slots` nil).
@usableFromInline
@frozen
internal struct _DequeBlockEntry<Element> {
    @usableFromInline
    internal var slots: UnsafeMutablePointer<Element>?
    @usableFromInline
    internal var previous: Int
    @usableFromInline
    internal var next: Int

    @inlinable
    internal init(slots: UnsafeMutablePointer<Element>?, previous: Int, next: Int) {
        self.slots = slots
        self.previous = previous
        self.next = next
    }
}
