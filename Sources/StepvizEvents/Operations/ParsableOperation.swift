/// An operation that can be read from one `;`-separated piece of `--ops`.
public protocol ParsableOperation: CustomStringConvertible, SendableMetatype {
    /// Every operation's usage (`push X`), as help texts and errors list them.
    static var words: [String] { get }
    /// `words` is the piece split on blanks (never empty); `text` the whole
    /// piece, trimmed, for error messages.
    init(words: [Substring], text: Substring) throws(OperationParseError)
    /// Whether the arguments are Python literals, so that a `;` inside a
    /// string does not end the operation (false by default: an event
    /// loop's `send 1 it's` is words, not a string).
    static var takesPythonLiterals: Bool { get }
}

extension ParsableOperation {
    public static var takesPythonLiterals: Bool { false }
}
