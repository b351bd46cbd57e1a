import StepvizEvents

/// The heap panel's step source: a real ``HeapSession`` fed with the given
/// operations, or with the seeded demo (endless, or its first `limit`
/// operations), and with whatever is typed at the prompt.
public struct HeapScene: StepSource {
    private let session = HeapSession()
    private var demo: HeapDemoScript?
    private var demoOperationsLeft: Int?

    /// Runs `operations` now; no demo follows them.
    public init(operations: [HeapOperation]) {
        for operation in operations { session.apply(operation) }
    }

    /// The seeded demo: its first `limit` operations, all run now so the
    /// total is known; or, with no limit, endless, run as the player needs.
    public init(demoSeed seed: UInt64, limit: Int? = nil) {
        demo = HeapDemoScript(seed: seed)
        demoOperationsLeft = limit
        while runNextDemoOperation(), limit != nil {}
    }

    public var setup: NoSetup { NoSetup() }
    public var steps: [Step<HeapStepEvent>] { session.steps }
    public var operationLabels: [String] { session.operations.map(\.description) }
    public var isOpenEnded: Bool { demo != nil && demoOperationsLeft == nil }

    public mutating func runNextDemoOperation() -> Bool {
        guard demo != nil, demoOperationsLeft.map({ $0 > 0 }) ?? true else { return false }
        demoOperationsLeft = demoOperationsLeft.map { $0 - 1 }
        session.apply(demo!.next())
        return true
    }

    public mutating func run(line: String) throws(OperationParseError) {
        let operations = try OperationScript.parse(line, as: HeapOperation.self)
        guard !operations.isEmpty else { throw OperationParseError("no operation given") }
        for operation in operations { session.apply(operation) }
    }
}
