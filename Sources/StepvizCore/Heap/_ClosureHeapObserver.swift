/// The heap's `observer` closure as a ``HeapObserver``, so the operations
/// without an `observer:` argument share the generic code.
@usableFromInline
@frozen
internal struct _ClosureHeapObserver<Element>: HeapObserver {
    @usableFromInline
    internal let closure: (consuming HeapEvent<Element>) -> Void

    @inlinable
    internal init(_ closure: @escaping (consuming HeapEvent<Element>) -> Void) { self.closure = closure }

    @inlinable
    internal mutating func observe(_ event: HeapEvent<Element>) { closure(event) }
}
