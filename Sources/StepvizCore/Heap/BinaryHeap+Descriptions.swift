extension BinaryHeap: CustomStringConvertible {
    /// The elements in array order, as `heapq` would print the list.
    public var description: String { "\(_storage)" }
}
