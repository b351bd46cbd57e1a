/// A scheduler scene of `stepviz events scheduler`: round-robin tasks
/// (`--ops "countdown 5; countup 6"`) or the actor demo (`--scene actors
/// --ops "send counter 3"`), with the operations checked for the scene.
///
///     let scene = try SchedulerScene(options: EventRunOptions(scene: "actors"))
///     scene.operations    // [.send(actor: "counter", message: 3)]
public struct SchedulerScene: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Coroutines spawned from `countdown N` / `countup N`, run round-robin.
        case tasks
        /// The printer and counter actors, and the messages of `send ACTOR N`.
        case actors
    }

    /// Operations when `--ops` is absent.
    public static let defaultTasks = "countdown 3; countdown 2; countup 4"
    public static let defaultSends = "send counter 3"
    /// The actors of the actors scene, in spawn order.
    public static let actorNames = ["printer", "counter"]

    public let kind: Kind
    public let operations: [SchedulerOperation]

    /// Reads `--scene` (default `tasks`) and `--ops` (default: the
    /// REFERENCE.md interleaving, or "send counter 3"); throws naming any
    /// bad text, including an operation of the other scene.
    public init(options: EventRunOptions) throws(OperationParseError) {
        let name = options.scene ?? Kind.tasks.rawValue
        guard let kind = Kind(rawValue: name) else {
            throw OperationParseError("unknown scene '\(name)' (expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        try self.init(kind: kind, ops: options.ops ?? (kind == .tasks ? Self.defaultTasks : Self.defaultSends))
    }

    public init(kind: Kind, ops: String) throws(OperationParseError) {
        let operations = try OperationScript.parse(ops, as: SchedulerOperation.self)
        for operation in operations where operation.isTask != (kind == .tasks) {
            throw OperationParseError(kind == .tasks
                ? "'\(operation)' needs --scene actors (the tasks scene takes: countdown N, countup N)"
                : "'\(operation)' is a task; the actors scene takes: send ACTOR N")
        }
        self.kind = kind
        self.operations = operations
    }
}
