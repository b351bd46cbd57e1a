/// No observer: `isObserving` is a constant false, so the specialized
/// operations build no event and test nothing per step (a nil check on a
/// stored closure inside the loops measured 15–25% slower).
@usableFromInline
@frozen
internal struct _NoHeapObserver<Element>: HeapObserver {
    @inlinable
    internal init() {}

    @inlinable
    internal var isObserving: Bool { false }

    @inlinable
    internal mutating func observe(_ event: HeapEvent<Element>) {}
}
