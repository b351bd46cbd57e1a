/// A step a ``BinaryHeap`` took, reported to its observer as it happens.
///
/// The steps describe the hole-moving algorithm exactly: while an element is
/// sifted it is *held* outside the array and one slot is a hole. Applying the
/// events in order to the array before an operation rebuilds the array after
/// it (see `HeapReplay` in StepvizEvents), which is how the visualizer shows
/// what the library did instead of re-enacting it.
public enum HeapEvent<Element> {
    /// Heapify: the contents were replaced by `count` elements, the ones
    /// given, in the order given. (The count, not the elements: an event
    /// with an array in it could not be copied as plain bytes, and recording
    /// events would cost several times more.)
    case load(count: Int)
    /// The element being inserted is now held (push, pushpop, replace).
    case hold(Element)
    /// Push: the array grew by one slot at the end, which is the hole.
    case appendHole
    /// Pop: the last element was taken out and is now held; the array shrank.
    case liftLast(Element)
    /// Heapify: the element at this slot was taken out and is now held.
    case lift(Int, Element)
    /// This slot's element was removed as the operation's result.
    case take(Int, Element)
    /// `lhs < rhs` was evaluated and gave `isLess`.
    case compare(HeapOperand, Element, HeapOperand, Element, isLess: Bool)
    /// The element at `from` moved into the hole at `to`; `from` is now the hole.
    case move(from: Int, to: Int, Element)
    /// The held element was written into the hole at this slot.
    case place(Int, Element)
    /// The held element itself is the result (pushpop of a smaller element,
    /// pop of the only element); nothing is left held.
    case returnHeld(Element)
}

extension HeapEvent: Equatable where Element: Equatable {}
extension HeapEvent: Sendable where Element: Sendable {}
