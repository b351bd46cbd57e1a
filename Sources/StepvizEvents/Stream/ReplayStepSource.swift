/// The step source of a saved stream (`stepviz replay`, `record --events`):
/// the steps and labels read back, all known at once. Nothing can be run
/// on it, since the library that produced it is not here.
///
///     var source = try SavedStream.read(bytes).source(as: LRUStepEvent.self)
///     source.operationLabel(0)    // "put 1 10"
///     try source.run(line: "get 2")    // throws
///
/// - Complexity: O(1) for every member.
public struct ReplayStepSource<Event: StepEventEncodable, Setup: StreamSetup>: StepSource {
    public let setup: Setup
    /// The decoded steps, with the `seq` and `op` of their lines (a line of
    /// a type this version skips leaves a gap in `seq`; positions are indices).
    public private(set) var steps: History<Step<Event>>
    /// One label per operation: each `begin`'s `operation`.
    private var labels: History<String>

    public init(setup: Setup, steps: [Step<Event>], operationLabels: [String]) {
        self.setup = setup
        self.steps = History(steps)
        labels = History(operationLabels)
    }

    public var operationCount: Int { labels.endIndex }
    public func operationLabel(_ op: Int) -> String { labels[op] }

    public mutating func forget(before position: Int) { steps.forget(before: position, operations: &labels) }

    public var isOpenEnded: Bool { false }

    public mutating func runNextDemoOperation() -> Bool { false }

    public mutating func run(line: String) throws(OperationParseError) {
        throw OperationParseError("a replayed stream cannot run new operations")
    }
}

extension ReplayStepSource: Sendable where Event: Sendable {}
