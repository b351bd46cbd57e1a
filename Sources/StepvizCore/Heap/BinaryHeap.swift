/// A min-heap (priority queue) stored in an array, giving exactly the arrays
/// Python's `heapq` gives for the same operations, duplicates included.
///
/// Pushing sifts up with strict `<`; popping uses CPython's bottom-up sift
/// (walk the hole to a leaf, then sift the last element back up), which needs
/// about half the comparisons of the textbook form. Both move a hole rather
/// than swapping, so each element is written once per level.
///
///     var heap = BinaryHeap([3, 10, 1000, -99, 4, 100])
///     heap.unordered          // [-99, 3, 100, 10, 4, 1000]
///     heap.popMin()           // -99
///     heap.push(7)
///     heap.min                // 3
///
/// Attach an `observer` to receive a ``HeapEvent`` for every comparison and
/// move the algorithm makes; with none attached the checks cost nothing
/// measurable.
///
/// Elements that are `Comparable` get the operations below; elements whose
/// `<` can fail (``ThrowingComparable``, such as ``PythonValue``) get the
/// same operations as `throws`, leaving the array exactly as CPython's
/// `heapq` leaves the list when a comparison raises mid-operation.
public struct BinaryHeap<Element> {
    @usableFromInline
    internal var _storage: [Element]

    /// Receives every step the heap takes, in order, while it takes it.
    ///
    /// The event is handed over (`consuming`): a sink that records it moves
    /// it into its buffer. Borrowed, each recorded event cost a copy plus a
    /// destroy of the heap's temporary, both through HeapEvent's generic value
    /// witnesses (the enum is non-trivial and larger than three words).
    public var observer: ((consuming HeapEvent<Element>) -> Void)?

    /// Creates an empty heap.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init() {
        _storage = []
        observer = nil
    }

    /// The number of elements in the heap.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var count: Int { _storage.count }

    /// Whether the heap has no elements.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var isEmpty: Bool { _storage.isEmpty }

    /// The smallest element (`heap[0]` in Python), or nil when empty.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var min: Element? { _storage.first }

    /// The elements in array order: index `i` has children `2i+1` and `2i+2`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var unordered: [Element] { _storage }
}
