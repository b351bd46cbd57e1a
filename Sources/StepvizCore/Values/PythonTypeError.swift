/// Python's `TypeError` from an ordering comparison between values Python
/// cannot order, with CPython's message.
///
///     do {
///         _ = try PythonValue.str("a").isLess(than: .int(1))
///     } catch {
///         error.message   // '<' not supported between instances of 'str' and 'int'
///     }
///
/// The types are named in the order `<` saw its operands, which for a tuple
/// are the first pair of elements that differ (`(1, 'b') < (1, 2)` names
/// `'str' and 'int'`).
public struct PythonTypeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The operator, as Python prints it (`<`).
    public var operatorSymbol: String
    /// `type(lhs).__name__`.
    public var leftTypeName: String
    /// `type(rhs).__name__`.
    public var rightTypeName: String

    /// The error for `lhs <op> rhs`.
    ///
    /// - Complexity: O(1)
    @inlinable
    public init(operatorSymbol: String, leftTypeName: String, rightTypeName: String) {
        self.operatorSymbol = operatorSymbol
        self.leftTypeName = leftTypeName
        self.rightTypeName = rightTypeName
    }

    /// `str(error)` in Python: `'<' not supported between instances of 'str' and 'int'`.
    ///
    /// - Complexity: O(1)
    public var message: String {
        "'\(operatorSymbol)' not supported between instances of '\(leftTypeName)' and '\(rightTypeName)'"
    }

    /// The line Python prints for it uncaught: `TypeError: ` and the message.
    public var description: String { "TypeError: \(message)" }
}
