/// What a heap run's items stand for, so the panel can name their parts:
/// plain values, or the notes' client requests queued for a server, each
/// pushed as `(priority, arrival, name)`.
///
///     HeapScene.requests.fields    // ["priority", "arrival", "name"]
public enum HeapScene: String, CaseIterable, Sendable {
    /// Values with no parts to name (the demo's random integers, `--ops`).
    case plain
    /// The notes' request scheduler: ``HeapRequest`` tuples.
    case requests

    /// The names of a tuple item's fields, in order; empty for plain values.
    public var fields: [String] {
        switch self {
        case .plain: []
        case .requests: HeapRequest.fields
        }
    }

    /// The scene `name` names; throws naming it and the scenes there are.
    public init(name: String) throws(OperationParseError) {
        guard let scene = Self(rawValue: name) else { throw OperationParseError(Self.unknown(name)) }
        self = scene
    }

    /// The message for a name that is no scene (the command line's and the stream's).
    static func unknown(_ name: String) -> String {
        "unknown heap scene '\(name)' (expected one of: \(allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}
