/// One JSON value of a saved event stream, as ``JSONLineParser`` reads it.
///
/// Integers are kept apart from other numbers: every number the stream
/// defines is an integer, but a later version may add a field holding a
/// fraction, and an unknown field must not make the line unreadable.
///
///     try JSONLineParser.object(Array(#"{"seq":0,"less":true}"#.utf8))["less"]    // .bool(true)
public enum JSONValue: Equatable, Sendable {
    case null
    /// `true` or `false`: never a number (unlike `JSONSerialization`'s
    /// `NSNumber`, which answers `is Bool` for `1` on some platforms).
    case bool(Bool)
    /// A number without fraction or exponent that fits an `Int`.
    case integer(Int)
    /// Any other number, as written (`0.5`, `1e3`, `99999999999999999999`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// What the value is, for error messages: `a string ("x")`, `null`.
    ///
    /// - Complexity: O(1) besides a short string's length.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let text): text
        case .string(let text): text.utf8.count <= 24 ? "a string (\"\(text)\")" : "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
