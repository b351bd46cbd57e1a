/// A session that runs `--ops`-style operations on a real library and
/// records its steps (heap, deque, lru). It is a class because the library
/// object it drives is one real thing; ``OperationStepSource`` gives it
/// value semantics by copying it (the structures are values) when a copy of
/// the source is about to diverge.
public protocol OperationSession: AnyObject, SendableMetatype {
    associatedtype Operation: ParsableOperation
    associatedtype Event: StepEventEncodable
    associatedtype Setup: StreamSetup
    /// A fresh session on an empty structure built as `setup` says.
    init(setup: Setup)
    var setup: Setup { get }
    /// Every step so far (those kept: see ``forget(before:)``).
    var steps: History<Step<Event>> { get }
    /// The operations applied so far; a step's `op` indexes this.
    var operations: History<Operation> { get }
    /// Runs one operation on the library and records its steps.
    func apply(_ operation: Operation)
    /// A new session in the same state: the same structure, steps and
    /// operations, sharing nothing with this one.
    func copy() -> Self
    /// Forgets the steps before `position`, the first step of an operation,
    /// and the operations before that one; the structure is untouched.
    func forget(before position: Int)
}

/// A panel's seeded demo: an endless stream of operations that exercises
/// every operation of the panel.
public protocol DemoScript: SendableMetatype {
    associatedtype Operation
    associatedtype Setup: StreamSetup
    /// How many demo operations `stepviz events` and `record` run without `--ops`.
    static var eventRunLength: Int { get }
    init(seed: UInt64, setup: Setup)
    /// The next operation (never ends).
    mutating func next() -> Operation
}
