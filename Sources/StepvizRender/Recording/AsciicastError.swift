/// A recording that cannot be written, with a one-line message.
public struct AsciicastError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
