/// An `int`, `bool` or `float` seen as the number it is, so that mixed
/// comparisons are exact as CPython's `float_richcompare` makes them: an
/// Int64 beyond 2**53 is not rounded to a double first.
@usableFromInline
@frozen
internal enum _PythonNumber {
    case integer(Int64)
    case real(Double)

    /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`;
    /// nil when a NaN makes every ordering false.
    ///
    /// - Complexity: O(1)
    @inlinable
    internal static func order(_ lhs: _PythonNumber, _ rhs: _PythonNumber) -> Int? {
        switch (lhs, rhs) {
        case (.integer(let left), .integer(let right)):
            return left < right ? -1 : left == right ? 0 : 1
        case (.real(let left), .real(let right)):
            if left < right { return -1 }
            if left > right { return 1 }
            return left == right ? 0 : nil
        case (.integer(let left), .real(let right)):
            return order(left, right)
        case (.real(let left), .integer(let right)):
            return order(right, left).map { -$0 }
        }
    }

    /// The exact order of an integer and a double.
    @inlinable
    internal static func order(_ integer: Int64, _ real: Double) -> Int? {
        if real.isNaN { return nil }
        // 2**63 and above (inf included) exceed every Int64; below -2**63 too.
        if real >= 9_223_372_036_854_775_808.0 { return -1 }
        if real < -9_223_372_036_854_775_808.0 { return 1 }
        // Now -2**63 <= real < 2**63: its integral part is an exact Int64,
        // and the fraction left over is exact too.
        let whole = real.rounded(.towardZero)
        let truncated = Int64(whole)
        if integer < truncated { return -1 }
        if integer > truncated { return 1 }
        let fraction = real - whole
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0
    }
}
