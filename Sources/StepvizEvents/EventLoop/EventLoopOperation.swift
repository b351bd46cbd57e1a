/// One event-loop operation of `--ops` or the `:` prompt: what a client of
/// the notes' server does (server scene), or a coroutine to start as a task
/// (tasks scene).
///
///     try OperationScript.parse("connect; send 1 hello; close 1", as: EventLoopOperation.self)
///     try OperationScript.parse("say_after 1 hello; say_after 2 world", as: EventLoopOperation.self)
public enum EventLoopOperation: ParsableOperation, Equatable, Sendable {
    /// A new client connects to the server (`sock_connect`, as a task).
    case connect
    /// Client `client` (numbered from 1 in connect order) sends `text` and a newline.
    case send(client: Int, text: String)
    /// Client `client` closes its socket (the server reads the end of the stream).
    case close(client: Int)
    /// The server stops listening: later connects are refused.
    case shutdown
    /// `create_task(say_after(delay, text))`.
    case sayAfter(delay: Double, text: String)
    /// `create_task(say())`: the notes' two awaits in a row.
    case say
    /// `create_task(display_date(loop))`: the time once a second for 5 s.
    case displayDate

    public static let words = ["connect", "send N TEXT", "close N", "shutdown", "say_after D TEXT", "say", "display_date"]
    /// The longest delay `say_after` takes (a day; the loop's clock is virtual).
    public static let maxDelay = 86_400.0
    /// The longest line a client sends.
    public static let maxText = 200

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "connect", "shutdown", "say", "display_date":
            guard words.count == 1 else { throw .wrongArgumentCount(text, usage: String(words[0])) }
            self =
                switch words[0] {
                case "connect": .connect
                case "shutdown": .shutdown
                case "say": .say
                default: .displayDate
                }
        case "send":
            guard words.count >= 3 else { throw .wrongArgumentCount(text, usage: "send N TEXT") }
            self = .send(client: try Self.client(words[1], in: text), text: try Self.rest(of: text, after: 2))
        case "close":
            guard words.count == 2 else { throw .wrongArgumentCount(text, usage: "close N") }
            self = .close(client: try Self.client(words[1], in: text))
        case "say_after":
            guard words.count >= 3 else { throw .wrongArgumentCount(text, usage: "say_after D TEXT") }
            guard let delay = Double(words[1]), delay.isFinite else {
                throw OperationParseError("'\(words[1])' is not a number of seconds in '\(text)'")
            }
            guard (0...Self.maxDelay).contains(delay) else {
                throw OperationParseError("'\(words[1])' is out of range in '\(text)' (D must be from 0 to \(Int(Self.maxDelay)) seconds)")
            }
            self = .sayAfter(delay: delay, text: try Self.rest(of: text, after: 2))
        default:
            throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    private static func client(_ word: Substring, in text: Substring) throws(OperationParseError) -> Int {
        guard let n = Int(word) else { throw .notAnInteger(word, in: text) }
        guard n >= 1 else { throw OperationParseError("'\(word)' is not a client in '\(text)' (clients count from 1)") }
        return n
    }

    /// The text after the first `count` words, as typed (inner spaces kept).
    private static func rest(of text: Substring, after count: Int) throws(OperationParseError) -> String {
        var rest = text.drop { $0.isWhitespace }
        for _ in 0..<count {
            rest = rest.drop { !$0.isWhitespace }.drop { $0.isWhitespace }
        }
        let line = String(rest.reversed().drop { $0.isWhitespace }.reversed())
        guard line.count <= maxText else { throw OperationParseError("the text in '\(text)' is longer than \(maxText) characters") }
        return line
    }

    /// Whether it acts on the server (rather than starting a coroutine).
    public var isClientAction: Bool {
        switch self {
        case .connect, .send, .close, .shutdown: true
        case .sayAfter, .say, .displayDate: false
        }
    }

    /// The operation as it would be typed.
    public var description: String {
        switch self {
        case .connect: "connect"
        case .send(let client, let text): "send \(client) \(text)"
        case .close(let client): "close \(client)"
        case .shutdown: "shutdown"
        case .sayAfter(let delay, let text): "say_after \(EventLoopOperation.number(delay)) \(text)"
        case .say: "say"
        case .displayDate: "display_date"
        }
    }

    /// `1`, `0.5`: a delay as it is typed.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
