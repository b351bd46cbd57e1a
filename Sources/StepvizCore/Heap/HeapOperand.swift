/// One side of a comparison the heap made: an array slot, or the element the
/// heap is holding while it sifts (the one being inserted or moved).
public enum HeapOperand: Hashable, Sendable {
    case slot(Int)
    case held
}
