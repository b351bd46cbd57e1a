import StepvizCore

/// Runs heap operations on a real ``BinaryHeap`` and keeps every step it
/// reported (``LibrarySession`` over ``HeapLibrary``). Values are Python's
/// (``PythonValue``): a comparison Python cannot make is a `TypeError`
/// step, and the heap is left as `heapq` leaves its list.
///
///     let session = HeapSession()
///     session.apply(.heapify([3, 1, 2]))
///     session.apply(.pop)
///     session.heap.unordered    // [2, 3]
public typealias HeapSession = LibrarySession<HeapLibrary>

extension LibrarySession where Library == HeapLibrary {
    /// A session on an empty heap, no scene chosen.
    public convenience init() { self.init(setup: HeapSetup()) }

    /// The real heap the operations ran on.
    public var heap: BinaryHeap<PythonValue> { library.heap }
}
