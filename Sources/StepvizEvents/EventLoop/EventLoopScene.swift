import StepvizCore

/// An event-loop scene of `stepviz events eventloop`: the notes' `Server`
/// with clients that connect, send lines and close (`--ops "connect; send
/// 1 hello; close 1"`), or the notes' asyncio coroutines started as tasks
/// (`--scene tasks --ops "say_after 1 hello; say_after 2 world"`), with the
/// operations checked for the scene before anything runs.
///
///     let scene = try EventLoopScene(options: EventRunOptions().with(\.scene, "tasks"))
///     scene.operations    // [.say]
public struct EventLoopScene: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        /// The notes' selector server on 127.0.0.1, and its clients.
        case server
        /// Coroutines as asyncio tasks, sleeping on the loop's timers.
        case tasks
    }

    /// Operations when `--ops` is absent.
    public static let defaultClients = "connect; connect; send 1 hello; send 2 hi there; close 1; send 2 bye; close 2"
    public static let defaultTasks = "say"

    public let kind: Kind
    public let operations: [EventLoopOperation]

    /// Reads `--scene` (default `server`) and `--ops`; throws naming any bad
    /// text, an operation of the other scene, or a client that does not
    /// exist at that point of the script.
    public init(options: EventRunOptions) throws(OperationParseError) {
        let name = options.scene ?? Kind.server.rawValue
        guard let kind = Kind(rawValue: name) else {
            throw OperationParseError("unknown scene '\(name)' (expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        try self.init(kind: kind, ops: options.ops ?? (kind == .server ? Self.defaultClients : Self.defaultTasks))
    }

    /// The scene of `kind` running `ops`, checked: each `send N` and `close
    /// N` names a client connected earlier in the script and not closed.
    public init(kind: Kind, ops: String) throws(OperationParseError) {
        let operations = try OperationScript.parse(ops, as: EventLoopOperation.self)
        var connected = 0
        var closed: Set<Int> = []
        for operation in operations {
            guard operation.isClientAction == (kind == .server) else {
                throw OperationParseError(
                    kind == .server
                        ? "'\(operation)' needs --scene tasks (the server scene takes: connect, send N TEXT, close N, shutdown)"
                        : "'\(operation)' is a client's; the tasks scene takes: say_after D TEXT, say, display_date")
            }
            switch operation {
            case .connect: connected += 1
            case .send(let client, _), .close(let client):
                guard client <= connected else {
                    throw OperationParseError(
                        "client \(client) does not exist in '\(operation)' (\(connected == 0 ? "no client has" : "only \(connected) have") connected before it)"
                    )
                }
                guard !closed.contains(client) else { throw OperationParseError("client \(client) is already closed in '\(operation)'") }
                if case .close = operation { closed.insert(client) }
            case .shutdown, .sayAfter, .say, .displayDate: break
            }
        }
        self.kind = kind
        self.operations = operations
    }
}
