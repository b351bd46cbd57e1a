/// What is wrong with one line of a saved event stream, before the reader
/// knows its number: thrown by the JSON parser, the field reads of
/// ``JSONObject``, the decoders and the checked replays, then given its
/// line number as a ``StreamReadError``.
public struct StreamLineError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
