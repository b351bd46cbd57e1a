/// Why a saved event stream was rejected: the line (1 is the header) and
/// what is wrong with it, printed as one line before anything is drawn.
///
///     StreamReadError(line: 7, message: "seq 5 out of order (expected 4)").description
///     // "line 7: seq 5 out of order (expected 4)"
public struct StreamReadError: Error, Equatable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
