import StepvizCore

/// One deque operation of `--ops` or the `:` prompt, named as in Python.
/// Values are Python literals (``PythonValue/init(literal:)``): `append 'x'`,
/// `extend (1, 2) 3.5`. `rotate N` and `index I` take any value too, and
/// one that is not an integer is Python's `TypeError` step, not bad input.
///
///     try OperationScript.parse("extend 1 2 3; appendleft 0; rotate -1; pop", as: DequeOperation.self)
public enum DequeOperation: ParsableOperation, Equatable, Sendable {
    case append(PythonValue)
    case appendLeft(PythonValue)
    case pop
    case popLeft
    case extend([PythonValue])
    case extendLeft([PythonValue])
    /// `rotate N` (`rotate` alone is `rotate 1`, as in Python).
    case rotate(PythonValue)
    case clear
    /// `index I`: read `d[I]` (negative counts from the right).
    case index(PythonValue)

    public static let words = [
        "append X", "appendleft X", "pop", "popleft", "extend X ...", "extendleft X ...",
        "rotate N", "clear", "index I",
    ]
    public static var takesPythonLiterals: Bool { true }

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        func values(_ count: Int?, _ usage: String) throws(OperationParseError) -> [PythonValue] {
            try OperationScript.values(words, text: text, count: count, usage: usage)
        }
        switch words[0] {
        case "append": self = .append(try values(1, "append X")[0])
        case "appendleft": self = .appendLeft(try values(1, "appendleft X")[0])
        case "pop":
            _ = try values(0, "pop")
            self = .pop
        case "popleft":
            _ = try values(0, "popleft")
            self = .popLeft
        case "extend": self = .extend(try values(nil, "extend X ..."))
        case "extendleft": self = .extendLeft(try values(nil, "extendleft X ..."))
        case "rotate":
            let steps = try values(nil, "rotate N")
            guard steps.count <= 1 else { throw .wrongArgumentCount(text, usage: "rotate N") }
            self = .rotate(steps.first ?? .int(1))
        case "clear":
            _ = try values(0, "clear")
            self = .clear
        case "index": self = .index(try values(1, "index I")[0])
        default:
            throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed (values as literals, so it reads back).
    public var description: String {
        switch self {
        case .append(let value): "append \(value.literalText)"
        case .appendLeft(let value): "appendleft \(value.literalText)"
        case .pop: "pop"
        case .popLeft: "popleft"
        case .extend(let values): (["extend"] + values.map(\.literalText)).joined(separator: " ")
        case .extendLeft(let values): (["extendleft"] + values.map(\.literalText)).joined(separator: " ")
        case .rotate(let steps): "rotate \(steps.literalText)"
        case .clear: "clear"
        case .index(let position): "index \(position.literalText)"
        }
    }
}
