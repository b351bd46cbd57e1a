/// A recording (asciicast or SVG) that cannot be written, with a one-line message.
public struct RecordingError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
