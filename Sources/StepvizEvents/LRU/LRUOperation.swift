import StepvizCore

/// One LRU cache operation of `--ops` or the `:` prompt. Keys and values
/// are Python literals (``PythonValue/init(literal:)``): `put "alice" (3, 4.5)`.
/// Keys are dict keys, as in the notes' OrderedDict: `1`, `1.0` and `True`
/// are one key, and the cache keeps the first one it was given.
///
///     try OperationScript.parse("put 1 10; get 1; get 2", as: LRUOperation.self)
public enum LRUOperation: ParsableOperation, Equatable, Sendable {
    case put(key: PythonValue, value: PythonValue)
    case get(key: PythonValue)

    public static let words = ["put K V", "get K"]
    public static var takesPythonLiterals: Bool { true }

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        switch words[0] {
        case "put":
            let values = try OperationScript.values(words, text: text, count: 2, usage: "put K V")
            self = .put(key: values[0], value: values[1])
        case "get":
            self = .get(key: try OperationScript.values(words, text: text, count: 1, usage: "get K")[0])
        default:
            throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed (values as literals, so it reads back).
    public var description: String {
        switch self {
        case .put(let key, let value): "put \(key.literalText) \(value.literalText)"
        case .get(let key): "get \(key.literalText)"
        }
    }
}
