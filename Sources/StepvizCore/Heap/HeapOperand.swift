/// One side of a comparison the heap made: an array slot, or the element the
/// heap is holding while it sifts (the one being inserted or moved).
public enum HeapOperand: Hashable, Sendable {
    /// The element at this index of the array.
    case slot(Int)
    /// The element in hand (being inserted or sifted), in no slot.
    case held
}
