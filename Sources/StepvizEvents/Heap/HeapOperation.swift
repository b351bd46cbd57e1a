/// One heap operation of `--ops` or the `:` prompt.
///
///     try OperationScript.parse("heapify 3 1 2; push 0; pop", as: HeapOperation.self)
public enum HeapOperation: ParsableOperation, Equatable, Sendable {
    case push(Int)
    case pop
    case pushPop(Int)
    case replace(Int)
    case heapify([Int])

    public static let words = ["push X", "pop", "pushpop X", "replace X", "heapify X Y ..."]

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "push": self = .push(try OperationScript.integers(words, count: 1, text: text, usage: "push X")[0])
        case "pop":
            _ = try OperationScript.integers(words, count: 0, text: text, usage: "pop")
            self = .pop
        case "pushpop": self = .pushPop(try OperationScript.integers(words, count: 1, text: text, usage: "pushpop X")[0])
        case "replace": self = .replace(try OperationScript.integers(words, count: 1, text: text, usage: "replace X")[0])
        case "heapify": self = .heapify(try OperationScript.integers(words.dropFirst(), in: text))
        default: throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed.
    public var description: String {
        switch self {
        case .push(let value): "push \(value)"
        case .pop: "pop"
        case .pushPop(let value): "pushpop \(value)"
        case .replace(let value): "replace \(value)"
        case .heapify(let values): (["heapify"] + values.map(String.init)).joined(separator: " ")
        }
    }
}
