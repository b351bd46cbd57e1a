extension PythonValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral
{
    /// An `int`: `let value: PythonValue = 3`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init(integerLiteral value: Int64) { self = .int(value) }

    /// A `float`: `let value: PythonValue = 1.5`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init(floatLiteral value: Double) { self = .float(value) }

    /// A `str`: `let value: PythonValue = "write"`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init(stringLiteral value: String) { self = .str(value) }

    /// A `bool`: `let value: PythonValue = true`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
