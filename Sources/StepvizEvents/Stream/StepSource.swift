/// Where a panel's steps come from: a session of the real library fed with
/// the given operations, a seeded demo that can always produce more, or
/// what is typed at the `:` prompt. `stepviz events` writes a source's
/// steps and the screens play them, so the stream you print and the screen
/// you watch come from one code path.
public protocol StepSource {
    associatedtype Event: StepEventEncodable
    associatedtype Setup: StreamSetup
    /// What a model must know before the first step (the stream header's).
    var setup: Setup { get }
    /// Every step kept; later calls only ever append (and ``forget(before:)``
    /// drops the oldest). A step's position is its index, and its `seq`.
    var steps: History<Step<Event>> { get }
    /// How many operations have run (kept or forgotten).
    var operationCount: Int { get }
    /// Operation `op` as typed (a step's `op`), for a kept operation.
    func operationLabel(_ op: Int) -> String
    /// Whether the source can always run another operation (an endless
    /// demo), so the operations so far are not a total.
    var isOpenEnded: Bool { get }
    /// Runs the demo's next operation, if this source has a demo; returns
    /// false when there is nothing more to run.
    mutating func runNextDemoOperation() -> Bool
    /// Parses and runs one `;`-separated line typed at the prompt; throws
    /// without running anything when any of it is malformed.
    mutating func run(line: String) throws(OperationParseError)
    /// Forgets the steps before `position` (the first step of an operation)
    /// and the operations before it: a bounded history.
    mutating func forget(before position: Int)
}

extension StepSource {
    /// Where a player opens this source: at the start of the operation
    /// holding the first step that begins a turn
    /// (``StepEventEncodable/startsTurn``), so a scene's first frame shows
    /// the threads, locks or queue its setup made rather than an empty
    /// box; step 0 (nothing happened yet) when no step begins a turn, or
    /// when the start of the run has been forgotten. A live scene and the
    /// replay of its saved stream open at the same step, since both read
    /// it from the steps.
    ///
    /// - Complexity: O(*s*) for the *s* steps before the first turn; O(1)
    ///   for events that never take turns.
    public var openingPosition: Int {
        guard Event.takesTurns, steps.first?.seq == 0 else { return 0 }
        var position = 0
        var operationStart = 0
        var operation = -1
        for step in steps {
            if step.op != operation {
                operation = step.op
                operationStart = position
            }
            if step.event.startsTurn { return operationStart }
            position += 1
        }
        return 0
    }
    /// The labels of the operations kept, oldest first (every operation
    /// until a bounded history forgets some).
    public var operationLabels: [String] {
        let first = steps.first?.op ?? operationCount
        return (first..<operationCount).map(operationLabel)
    }

    /// Writes the stream: the header with the run's seed and this source's
    /// setup, then every step.
    public func write(panel: String, seed: UInt64?, to writer: inout JSONLinesWriter) {
        writer.writeHeader(panel: panel, seed: seed, setup: setup)
        for step in steps { writer.write(step) }
    }
}
