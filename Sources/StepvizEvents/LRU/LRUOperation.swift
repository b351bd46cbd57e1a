/// One LRU cache operation of `--ops` or the `:` prompt.
///
///     try OperationScript.parse("put 1 10; get 1; get 2", as: LRUOperation.self)
public enum LRUOperation: ParsableOperation, Equatable, Sendable {
    case put(key: Int, value: Int)
    case get(key: Int)

    public static let words = ["put K V", "get K"]

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "put":
            let values = try OperationScript.integers(words, count: 2, text: text, usage: "put K V")
            self = .put(key: values[0], value: values[1])
        case "get":
            self = .get(key: try OperationScript.integers(words, count: 1, text: text, usage: "get K")[0])
        default:
            throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed.
    public var description: String {
        switch self {
        case .put(let key, let value): "put \(key) \(value)"
        case .get(let key): "get \(key)"
        }
    }
}
