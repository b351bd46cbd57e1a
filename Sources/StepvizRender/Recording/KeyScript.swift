import StepvizEvents

/// Keys a recording presses, one per `interval` of virtual time, as a
/// person would (`record --keys "s 1 2 2 1 :schedule"`): a demo of the
/// keyboard modes, recorded byte for byte like any other.
///
/// Words, separated by blanks: one character is that key; `space`,
/// `left`, `right`, `enter`, `tab`, `esc` name keys; a word starting
/// with `:` types at the prompt and presses Enter.
///
///     let script = try KeyScript(parsing: "s 1 2 :schedule")
///     script.keys.count    // 3 + 10: s, 1, 2, then ':' 's' ... 'e' Enter
///
/// - Complexity: O(*n*) for *n* characters.
public struct KeyScript: Hashable, Sendable {
    /// Each word's keys (pressed together at one moment).
    public let words: [[Key]]
    /// The keys, in order.
    public let keys: [Key]
    /// Virtual milliseconds from one word's keys to the next's.
    public let interval: Int

    /// Virtual milliseconds between words by default: slow enough to watch.
    public static let defaultInterval = 1200

    private static let named: [String: Key] = [
        "space": .character(" "), "left": .left, "right": .right, "enter": .enter, "tab": .tab, "esc": .escape,
    ]

    /// The keys of `text`; throws naming a word that is no key.
    public init(parsing text: String, interval: Int = defaultInterval) throws(OperationParseError) {
        var words: [[Key]] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            if let key = Self.named[String(word)] {
                words.append([key])
            } else if word.count == 1 {
                words.append([.character(word.first!)])
            } else if word.first == ":" {
                words.append(word.map { Key.character($0) } + [.enter])
            } else {
                throw OperationParseError("'\(word)' is not a key (one character, space, left, right, enter, tab, esc, or :line)")
            }
        }
        guard !words.isEmpty else { throw OperationParseError("--keys needs at least one key") }
        self.words = words
        keys = words.flatMap { $0 }
        self.interval = interval
    }
}
