/// One scheduler operation of `--ops` or the `:` prompt: spawn a task
/// (tasks scene) or send a message to an actor (actors scene).
///
///     try OperationScript.parse("countdown 3; countup 4", as: SchedulerOperation.self)
///     try OperationScript.parse("send counter 3", as: SchedulerOperation.self)
public enum SchedulerOperation: ParsableOperation, Equatable, Sendable {
    /// Spawn the notes' countdown(n): "T-minus n" ... "Blastoff!".
    case countdown(Int)
    /// Spawn the notes' countup(n): "Counting up 0" ... "Counting up n-1".
    case countup(Int)
    /// Send `message` to the actor named `actor`.
    case send(actor: String, message: Int)

    public static let words = ["countdown N", "countup N", "send ACTOR N"]
    /// The largest N a task or message takes: each count is one step of
    /// the run, and a bounded N keeps the demos' `n - 1` / `x + 1` far from
    /// overflow.
    public static let maxCount = 1000
    /// Every N an operation accepts. Negative N are the notes' own cases
    /// (`countdown -2` blasts off at once; `send counter -1` counts down
    /// forever and the session quits at ``SchedulerSession/maxSteps``).
    public static let countRange = -maxCount...maxCount

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "countdown":
            self = .countdown(try Self.count(words, text: text, usage: "countdown N"))
        case "countup":
            self = .countup(try Self.count(words, text: text, usage: "countup N"))
        case "send":
            guard words.count == 3 else { throw .wrongArgumentCount(text, usage: "send ACTOR N") }
            guard let message = Int(words[2]) else { throw .notAnInteger(words[2], in: text) }
            try Self.checkRange(message, word: words[2], text: text)
            self = .send(actor: String(words[1]), message: message)
        default:
            throw OperationParseError("unknown task '\(words[0])' (expected one of: \(Self.words.joined(separator: ", ")))")
        }
    }

    private static func count(_ words: [Substring], text: Substring, usage: String) throws(OperationParseError) -> Int {
        let n = try OperationScript.integers(words, count: 1, text: text, usage: usage)[0]
        try checkRange(n, word: words[1], text: text)
        return n
    }

    private static func checkRange(_ n: Int, word: Substring, text: Substring) throws(OperationParseError) {
        guard countRange.contains(n) else {
            throw OperationParseError(
                "'\(word)' is out of range in '\(text)' (N must be from \(countRange.lowerBound) to \(countRange.upperBound))")
        }
    }

    /// Whether this operation spawns a task (rather than sending a message).
    public var isTask: Bool {
        if case .send = self { false } else { true }
    }

    /// The operation as it would be typed.
    public var description: String {
        switch self {
        case .countdown(let n): "countdown \(n)"
        case .countup(let n): "countup \(n)"
        case .send(let actor, let message): "send \(actor) \(message)"
        }
    }
}
