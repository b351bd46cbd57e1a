extension PythonValue {
    /// The value as it would be typed, so that ``init(literal:)`` reads it
    /// back as the same value: its ``repr``, except that an infinite float,
    /// which Python prints as `inf` (a name, not a literal), is written as
    /// the literal that makes it, `1e999` or `-1e999`.
    ///
    ///     PythonValue.tuple([.int(2), .str("write")]).literalText   // (2, 'write')
    ///     PythonValue.float(.infinity).literalText                  // 1e999
    ///
    /// A NaN, which no literal makes, is written `nan` and does not read back.
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public var literalText: String {
        switch self {
        case .float(let value) where value.isInfinite: value < 0 ? "-1e999" : "1e999"
        case .tuple(let items):
            items.count == 1 ? "(\(items[0].literalText),)" : "(" + items.map(\.literalText).joined(separator: ", ") + ")"
        default: repr
        }
    }

    /// `repr(list)` of these values: `[1, 'a', (2, 3)]`.
    ///
    ///     PythonValue.listRepr([1, "a"])   // [1, 'a']
    ///
    /// - Complexity: O(*n*) in the size of the values.
    public static func listRepr(_ values: some Sequence<PythonValue>) -> String {
        "[" + values.map(\.repr).joined(separator: ", ") + "]"
    }
}

extension PythonValue {
    /// The value as Python's `operator.index` takes it, for `d[i]` and
    /// `d.rotate(n)`: an `int`, or a `bool` as 0 or 1; nil for anything
    /// else, where Python raises `TypeError`.
    ///
    ///     PythonValue.bool(true).integerIndex   // 1
    ///     PythonValue.float(1.0).integerIndex   // nil
    ///
    /// - Complexity: O(1)
    public var integerIndex: Int? {
        switch self {
        case .int(let value): Int(value)
        case .bool(let value): value ? 1 : 0
        default: nil
        }
    }
}
