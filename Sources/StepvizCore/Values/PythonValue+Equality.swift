extension PythonValue: Hashable {
    /// Python's `==`, which is also how a dict tells its keys apart: numbers
    /// by exact value across `int`, `float` and `bool`; strings by code
    /// point; tuples element by element; `None` only to itself. NaN is equal
    /// to nothing.
    ///
    ///     PythonValue.int(1) == .float(1.0)        // true
    ///     PythonValue.bool(true) == .int(1)        // true
    ///     PythonValue.tuple([.int(1)]) == .int(1)  // false
    ///
    /// - Complexity: O(*n*) in the size of the smaller value.
    @inlinable
    public static func == (lhs: PythonValue, rhs: PythonValue) -> Bool {
        switch (lhs, rhs) {
        case (.int(let left), .int(let right)): return left == right
        case (.float(let left), .float(let right)): return left == right
        case (.str(let left), .str(let right)): return left.utf8.elementsEqual(right.utf8)
        case (.none, .none): return true
        case (.tuple(let left), .tuple(let right)):
            return left.count == right.count && left.elementsEqual(right, by: ==)
        default:
            guard let left = lhs._number, let right = rhs._number else { return false }
            return _PythonNumber.order(left, right) == 0
        }
    }

    /// Hashes so that values Python's dict treats as one key hash alike:
    /// `1`, `1.0` and `True` hash as the integer 1; a float with no integer
    /// of 64 bits equal to it hashes its bits.
    ///
    /// - Complexity: O(*n*) in the size of the value.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .int(let value):
            hasher.combine(0 as UInt8)
            hasher.combine(value)
        case .bool(let value):
            hasher.combine(0 as UInt8)
            hasher.combine(Int64(value ? 1 : 0))
        case .float(let value):
            // -0.0 is Int64 0; 2**63 and beyond, fractions, inf and NaN have no
            // equal Int64, so their bits are as good a hash as any.
            if let integer = Int64(exactly: value) {
                hasher.combine(0 as UInt8)
                hasher.combine(integer)
            } else {
                hasher.combine(1 as UInt8)
                hasher.combine(value.bitPattern)
            }
        case .str(let value):
            hasher.combine(2 as UInt8)
            hasher.combine(value.utf8.count)
            for byte in value.utf8 { hasher.combine(byte) }
        case .none:
            hasher.combine(3 as UInt8)
        case .tuple(let items):
            hasher.combine(4 as UInt8)
            hasher.combine(items.count)
            for item in items { item.hash(into: &hasher) }
        }
    }

    /// The value as a number, when it is one (`bool` counts as 0 or 1).
    @inlinable
    internal var _number: _PythonNumber? {
        switch self {
        case .int(let value): .integer(value)
        case .bool(let value): .integer(value ? 1 : 0)
        case .float(let value): .real(value)
        default: nil
        }
    }
}
