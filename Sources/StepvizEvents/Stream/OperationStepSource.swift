/// The step source of every operation-driven panel (heap, deque, lru): a
/// real library session fed with the given operations, with a seeded demo
/// (endless, or its first `limit` operations), and with whatever is typed
/// at the prompt.
///
/// A value: the session is a class (it drives one real library object), so
/// before a copy of the source runs anything new it takes a copy of the
/// session of its own (the library's structures are values); the two never
/// share state.
///
///     var source = OperationStepSource<HeapSession, HeapDemoScript>(setup: HeapSetup(), operations: [.push(3)])
///     try source.run(line: "pop")
///     source.operationLabel(1)    // "pop"
///
/// - Complexity: running an operation costs the library's own complexity;
///   the first mutation of a copy costs copying the history kept.
public struct OperationStepSource<Session: OperationSession, Demo: DemoScript>: StepSource
where Demo.Operation == Session.Operation, Demo.Setup == Session.Setup {
    private var session: Session
    private var demo: Demo?
    private var demoOperationsLeft: Int?

    /// Runs `operations` now; no demo follows them.
    public init(setup: Session.Setup, operations: [Session.Operation]) {
        session = Session(setup: setup)
        for operation in operations { session.apply(operation) }
    }

    /// The seeded demo: its first `limit` operations, all run now so the
    /// total is known; or, with no limit, endless, run as the player needs.
    public init(setup: Session.Setup, demoSeed seed: UInt64, limit: Int? = nil) {
        session = Session(setup: setup)
        demo = Demo(seed: seed, setup: setup)
        demoOperationsLeft = limit
        while limit != nil, runNextDemoOperation() {}
    }

    public var setup: Session.Setup { session.setup }
    public var steps: History<Step<Session.Event>> { session.steps }
    public var operationCount: Int { session.operations.endIndex }
    public func operationLabel(_ op: Int) -> String { session.operations[op].description }
    public var isOpenEnded: Bool { demo != nil && demoOperationsLeft == nil }

    public mutating func runNextDemoOperation() -> Bool {
        guard demo != nil, demoOperationsLeft.map({ $0 > 0 }) ?? true else { return false }
        demoOperationsLeft = demoOperationsLeft.map { $0 - 1 }
        apply(demo!.next())
        return true
    }

    public mutating func run(line: String) throws(OperationParseError) {
        let operations = try OperationScript.parse(line, as: Session.Operation.self)
        guard !operations.isEmpty else { throw OperationParseError("no operation given") }
        for operation in operations { apply(operation) }
    }

    public mutating func forget(before position: Int) {
        makeSessionUnique()
        session.forget(before: position)
    }

    private mutating func apply(_ operation: Session.Operation) {
        makeSessionUnique()
        session.apply(operation)
    }

    private mutating func makeSessionUnique() {
        if !isKnownUniquelyReferenced(&session) { session = session.copy() }
    }
}
