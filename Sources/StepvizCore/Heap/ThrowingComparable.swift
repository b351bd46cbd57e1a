/// A type whose `<` can fail, as Python's does between values it cannot
/// order (`'a' < 1` raises `TypeError`). ``BinaryHeap`` takes such elements
/// through throwing operations that leave the array exactly as CPython's
/// `heapq` leaves the list when a comparison raises mid-operation.
///
///     extension PythonValue: ThrowingComparable {
///         static func isLess(_ lhs: Self, _ rhs: Self) throws(PythonTypeError) -> Bool
///     }
///     var heap = BinaryHeap<PythonValue>()
///     try heap.push(.int(1))
///     try heap.push(.str("a"))   // throws; heap.unordered is [1, 'a'], as heapq leaves it
public protocol ThrowingComparable {
    /// What a failed comparison throws.
    associatedtype ComparisonError: Error
    /// Whether `lhs` orders before `rhs`, or the error saying why the two
    /// cannot be ordered.
    static func isLess(_ lhs: Self, _ rhs: Self) throws(ComparisonError) -> Bool
}
