/// A session that runs `--ops`-style operations on a real library and
/// records its steps (heap, deque, lru): what `stepviz events` needs of it.
public protocol OperationSession: AnyObject {
    associatedtype Operation: ParsableOperation
    associatedtype Event: StepEventEncodable
    /// The panel name in the stream's header.
    static var panel: String { get }
    /// Every step so far.
    var steps: [Step<Event>] { get }
    /// Runs one operation on the library and records its steps.
    func apply(_ operation: Operation)
}

extension OperationSession {
    /// The event run every operation-driven panel shares: the `--ops` given
    /// (parsed now, so a malformed one throws before anything runs) or the
    /// demo's operations, applied to a fresh session whose steps are written.
    public static func eventRun(
        ops: String?, demo: () -> [Operation], session makeSession: @escaping () -> Self
    ) throws(OperationParseError) -> PreparedEventRun {
        let operations: [Operation]
        if let ops {
            operations = try OperationScript.parse(ops, as: Operation.self)
        } else {
            operations = demo()
        }
        return PreparedEventRun(panel: panel) { writer in
            let session = makeSession()
            for operation in operations { session.apply(operation) }
            for step in session.steps { writer.write(step) }
        }
    }
}
