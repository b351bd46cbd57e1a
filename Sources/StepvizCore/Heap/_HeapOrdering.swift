/// How a ``BinaryHeap`` algorithm compares two elements: the one sift and
/// heapify code is generic over it, specialized both for `Comparable`
/// elements (`Failure` is `Never`, so the specialized loops are the plain
/// non-throwing ones) and for ``ThrowingComparable`` elements.
@usableFromInline
internal protocol _HeapOrdering<Element> {
    associatedtype Element
    associatedtype Failure: Error
    func isLess(_ lhs: Element, _ rhs: Element) throws(Failure) -> Bool
}

/// `<` of a `Comparable` element, which cannot fail.
@usableFromInline
@frozen
internal struct _ComparableHeapOrdering<Element: Comparable>: _HeapOrdering {
    @inlinable
    internal init() {}

    @inlinable
    @inline(__always)
    internal func isLess(_ lhs: Element, _ rhs: Element) -> Bool { lhs < rhs }
}

/// ``ThrowingComparable/isLess(_:_:)`` of the element, which can.
@usableFromInline
@frozen
internal struct _ThrowingHeapOrdering<Element: ThrowingComparable>: _HeapOrdering {
    @inlinable
    internal init() {}

    @inlinable
    @inline(__always)
    internal func isLess(_ lhs: Element, _ rhs: Element) throws(Element.ComparisonError) -> Bool {
        try Element.isLess(lhs, rhs)
    }
}
