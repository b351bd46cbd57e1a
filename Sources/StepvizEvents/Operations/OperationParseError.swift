/// A malformed operation: the message names the offending text, so the
/// command line can print it on one line and exit with status 2.
public struct OperationParseError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    public static func unknownOperation(_ word: Substring, expected: [String]) -> Self {
        Self("unknown operation '\(word)' (expected one of: \(expected.joined(separator: ", ")))")
    }

    public static func notAnInteger(_ text: Substring, in operation: Substring) -> Self {
        Self("'\(text)' is not an integer (in '\(operation)')")
    }

    public static func wrongArgumentCount(_ operation: Substring, usage: String) -> Self {
        Self("wrong number of arguments in '\(operation)' (usage: \(usage))")
    }
}
