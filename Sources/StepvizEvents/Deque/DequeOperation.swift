/// One deque operation of `--ops` or the `:` prompt, named as in Python.
///
///     try OperationScript.parse("extend 1 2 3; appendleft 0; rotate -1; pop", as: DequeOperation.self)
public enum DequeOperation: ParsableOperation, Equatable, Sendable {
    case append(Int)
    case appendLeft(Int)
    case pop
    case popLeft
    case extend([Int])
    case extendLeft([Int])
    /// `rotate N` (`rotate` alone is `rotate 1`, as in Python).
    case rotate(Int)
    case clear
    /// `index I`: read `d[I]` (negative counts from the right).
    case index(Int)

    public static let words = [
        "append X", "appendleft X", "pop", "popleft", "extend X ...", "extendleft X ...",
        "rotate N", "clear", "index I",
    ]

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "append":
            self = .append(try OperationScript.integers(words, count: 1, text: text, usage: "append X")[0])
        case "appendleft":
            self = .appendLeft(try OperationScript.integers(words, count: 1, text: text, usage: "appendleft X")[0])
        case "pop":
            _ = try OperationScript.integers(words, count: 0, text: text, usage: "pop")
            self = .pop
        case "popleft":
            _ = try OperationScript.integers(words, count: 0, text: text, usage: "popleft")
            self = .popLeft
        case "extend":
            self = .extend(try OperationScript.integers(words.dropFirst(), in: text))
        case "extendleft":
            self = .extendLeft(try OperationScript.integers(words.dropFirst(), in: text))
        case "rotate":
            if words.count == 1 {
                self = .rotate(1)
            } else {
                self = .rotate(try OperationScript.integers(words, count: 1, text: text, usage: "rotate N")[0])
            }
        case "clear":
            _ = try OperationScript.integers(words, count: 0, text: text, usage: "clear")
            self = .clear
        case "index":
            self = .index(try OperationScript.integers(words, count: 1, text: text, usage: "index I")[0])
        default:
            throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed.
    public var description: String {
        switch self {
        case .append(let value): "append \(value)"
        case .appendLeft(let value): "appendleft \(value)"
        case .pop: "pop"
        case .popLeft: "popleft"
        case .extend(let values): (["extend"] + values.map(String.init)).joined(separator: " ")
        case .extendLeft(let values): (["extendleft"] + values.map(String.init)).joined(separator: " ")
        case .rotate(let steps): "rotate \(steps)"
        case .clear: "clear"
        case .index(let position): "index \(position)"
        }
    }
}
