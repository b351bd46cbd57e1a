import StepvizCore

/// One heap operation of `--ops` or the `:` prompt. Arguments are Python
/// literals (``PythonValue/init(literal:)``): `push (2, "write")`,
/// `heapify 3 1.5 'x'`.
///
///     try OperationScript.parse("heapify 3 1 2; push 0; pop", as: HeapOperation.self)
public enum HeapOperation: ParsableOperation, Equatable, Sendable {
    case push(PythonValue)
    case pop
    case pushPop(PythonValue)
    case replace(PythonValue)
    case heapify([PythonValue])
    /// Not a `heapq` call: says what the items stand for from here on
    /// (``HeapScene``), so the panel names their fields; the heap is untouched.
    case scene(HeapScene)

    public static let words = ["push X", "pop", "pushpop X", "replace X", "heapify X Y ...", "scene plain|requests"]
    public static var takesPythonLiterals: Bool { true }

    public init(words: [Substring], text: Substring) throws(OperationParseError) {
        func one(_ usage: String) throws(OperationParseError) -> PythonValue {
            try OperationScript.values(words, text: text, count: 1, usage: usage)[0]
        }
        switch words[0] {
        case "push": self = .push(try one("push X"))
        case "pop":
            _ = try OperationScript.values(words, text: text, count: 0, usage: "pop")
            self = .pop
        case "pushpop": self = .pushPop(try one("pushpop X"))
        case "replace": self = .replace(try one("replace X"))
        case "heapify": self = .heapify(try OperationScript.values(words, text: text, count: nil, usage: "heapify X Y ..."))
        case "scene":
            guard words.count == 2 else { throw .wrongArgumentCount(text, usage: "scene plain|requests") }
            self = .scene(try HeapScene(name: String(words[1])))
        default: throw .unknownOperation(words[0], expected: Self.words)
        }
    }

    /// The operation as it would be typed (values as literals, so it reads back).
    public var description: String {
        switch self {
        case .push(let value): "push \(value.literalText)"
        case .pop: "pop"
        case .pushPop(let value): "pushpop \(value.literalText)"
        case .replace(let value): "replace \(value.literalText)"
        case .heapify(let values): (["heapify"] + values.map(\.literalText)).joined(separator: " ")
        case .scene(let scene): "scene \(scene.rawValue)"
        }
    }
}
