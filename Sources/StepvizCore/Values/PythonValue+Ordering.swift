extension PythonValue {
    /// Python's `self < other`: numbers by exact value across `int`, `float`
    /// and `bool` (any comparison with NaN is false), strings by code point,
    /// tuples element by element (the first pair that is not equal decides,
    /// and a tuple that is a prefix of the other is smaller). Anything else
    /// raises Python's `TypeError`, which this throws with CPython's message.
    ///
    ///     try PythonValue.int(1).isLess(than: .float(1.5))                  // true
    ///     try PythonValue.tuple([.int(0), .str("b")])
    ///         .isLess(than: .tuple([.int(1), .int(2)]))                      // true: 0 < 1 decides
    ///     try PythonValue.tuple([.int(1), .str("b")])
    ///         .isLess(than: .tuple([.int(1), .int(2)]))
    ///     // throws: '<' not supported between instances of 'str' and 'int'
    ///     try PythonValue.none.isLess(than: .none)
    ///     // throws: '<' not supported between instances of 'NoneType' and 'NoneType'
    ///
    /// - Complexity: O(*n*) in the size of the smaller value.
    @inlinable
    public func isLess(than other: PythonValue) throws(PythonTypeError) -> Bool {
        switch (self, other) {
        case (.int(let left), .int(let right)): return left < right
        case (.float(let left), .float(let right)): return left < right
        case (.str(let left), .str(let right)):
            // UTF-8 byte order is code point order.
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        case (.tuple(let left), .tuple(let right)):
            for (leftItem, rightItem) in zip(left, right) where leftItem != rightItem {
                return try leftItem.isLess(than: rightItem)
            }
            return left.count < right.count
        default:
            if let left = _number, let right = other._number {
                return _PythonNumber.order(left, right) == -1
            }
            throw PythonTypeError(operatorSymbol: "<", leftTypeName: typeName, rightTypeName: other.typeName)
        }
    }
}

extension PythonValue: ThrowingComparable {
    /// `lhs < rhs` as Python evaluates it: ``isLess(than:)``.
    ///
    /// - Complexity: O(*n*) in the size of the smaller value.
    @inlinable
    public static func isLess(_ lhs: PythonValue, _ rhs: PythonValue) throws(PythonTypeError) -> Bool {
        try lhs.isLess(than: rhs)
    }
}
