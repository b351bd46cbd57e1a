/// Text that is not a Python literal stepviz can hold, with what is wrong
/// and the offending text, for a one-line error.
///
///     do {
///         _ = try PythonValue(literal: "9223372036854775808")
///     } catch {
///         error.description   // integer out of the 64-bit range: 9223372036854775808
///     }
public struct PythonLiteralError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong (`unterminated string`, `unknown escape \q in string`).
    public var problem: String
    /// The offending text, as it was typed (line breaks as Python reads
    /// them: `\r\n` and `\r` are `\n`).
    public var text: String

    /// - Complexity: O(1)
    @inlinable
    public init(_ problem: String, _ text: some StringProtocol) {
        self.problem = problem
        self.text = String(text)
    }

    /// `problem: text`, one line.
    public var description: String { "\(problem): \(text)" }
}
