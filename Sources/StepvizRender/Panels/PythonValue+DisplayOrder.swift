import StepvizCore

extension PythonValue {
    /// An order for listing values on screen (the LRU's hash map rows),
    /// total even where Python's `<` raises: `None` first, then numbers
    /// by value, strings, and tuples; within a kind Python's own order, and
    /// the repr where Python cannot order two tuples.
    ///
    /// - Complexity: O(*n*) in the size of the smaller value.
    func isInDisplayOrder(before other: PythonValue) -> Bool {
        let (rank, otherRank) = (displayRank, other.displayRank)
        guard rank == otherRank else { return rank < otherRank }
        return (try? isLess(than: other)) ?? (repr < other.repr)
    }

    /// None, numbers, strings, tuples.
    private var displayRank: Int {
        switch self {
        case .none: 0
        case .int, .float, .bool: 1
        case .str: 2
        case .tuple: 3
        }
    }
}
