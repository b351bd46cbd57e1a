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
    /// The largest N a task takes: each count is one step of the run.
    public static let maxCount = 1000

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "countdown":
            self = .countdown(try Self.count(words, text: text, usage: "countdown N"))
        case "countup":
            self = .countup(try Self.count(words, text: text, usage: "countup N"))
        case "send":
            guard words.count == 3 else { throw .wrongArgumentCount(text, usage: "send ACTOR N") }
            guard let message = Int(words[2]) else { throw .notAnInteger(words[2], in: text) }
            self = .send(actor: String(words[1]), message: message)
        default:
            throw OperationParseError("unknown task '\(words[0])' (expected one of: \(Self.words.joined(separator: ", ")))")
        }
    }

    private static func count(_ words: [Substring], text: Substring, usage: String) throws(OperationParseError) -> Int {
        let n = try OperationScript.integers(words, count: 1, text: text, usage: usage)[0]
        guard n <= maxCount else { throw OperationParseError("'\(words[1])' is too large in '\(text)' (at most \(maxCount))") }
        return n
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
