/// A step a ``BlockDeque`` took, reported to its observer as it happens.
///
/// Blocks are named by a stable id (their place in the deque's block pool);
/// slots by their index inside the block. Applying the events of an
/// operation in order to the layout before it gives the layout after it (see
/// `DequeReplay` in StepvizEvents), so a panel can draw what the library did
/// instead of re-enacting it.
public enum DequeEvent<Element> {
    /// A block was linked at `end` (its slots are all empty). The index at
    /// that end now points just outside it, as in CPython: the right index
    /// is -1, the left index is the block size.
    case blockAllocated(block: Int, end: DequeEnd)
    /// The block at `end` was unlinked (it held nothing any more) and
    /// returned to the pool; a rotation, like CPython's, keeps it to link at
    /// the other end next. The index at that end moves onto the neighbour:
    /// the left index to 0, the right index to the last slot.
    case blockFreed(block: Int, end: DequeEnd)
    /// `element` was written into an empty slot at `end`; that end's index is
    /// now `slot`.
    case slotWritten(block: Int, slot: Int, Element, end: DequeEnd)
    /// `element` was taken out of the slot at `end`; that end's index moved
    /// one slot inward.
    case slotCleared(block: Int, slot: Int, Element, end: DequeEnd)
    /// A bounded deque grew past `maxlen`, so `element` is about to be
    /// removed from `end`, the end opposite to the one that grew.
    case discarded(Element, end: DequeEnd)
    /// The deque is empty and its only block's indices were reset: recentred
    /// after the last element left, or moved to one side before `extend` /
    /// `extendLeft` fill an empty deque (CPython's space-saving heuristic).
    case indicesReset(leftIndex: Int, rightIndex: Int)
    /// Rotation moved one element from one end to the other (`toward`):
    /// right to left when rotating right, left to right when rotating left.
    case rotationStep(Element, fromBlock: Int, fromSlot: Int, toBlock: Int, toSlot: Int, toward: DequeEnd)
    /// Indexing stepped onto this block while walking from the nearer end.
    case blockWalk(block: Int, from: DequeEnd)
    /// Indexing read `element` from this slot.
    case slotRead(block: Int, slot: Int, Element)
}

extension DequeEvent: Equatable where Element: Equatable {}
extension DequeEvent: Sendable where Element: Sendable {}
