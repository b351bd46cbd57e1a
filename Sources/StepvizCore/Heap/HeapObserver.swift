/// Receives the steps of a ``BinaryHeap`` operation, passed to it as a
/// generic argument: the heap is then specialized for the observer, so a
/// sink that records events costs a few nanoseconds an event (an `observer`
/// closure works too, at the price of an indirect call per event).
///
///     struct Counter: HeapObserver {
///         var compares = 0
///         mutating func observe(_ event: HeapEvent<Int>) {
///             if case .compare = event { compares += 1 }
///         }
///     }
///     var counter = Counter()
///     heap.push(5, observer: &counter)
public protocol HeapObserver<Element> {
    /// The heap's element type.
    associatedtype Element
    /// Whether events are wanted at all; the heap builds none when false.
    var isObserving: Bool { get }
    /// One step, as the heap takes it.
    mutating func observe(_ event: HeapEvent<Element>)
}

extension HeapObserver {
    @inlinable
    public var isObserving: Bool { true }
}
