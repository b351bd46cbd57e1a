/// The steps of a run in the order a session records them, numbering each
/// (`seq` 0, 1, 2, ...) and tagging it with the operation that caused it.
///
///     var log = StepLog<HeapStepEvent>()
///     log.record(.begin(.pop), op: 0)
///     log.steps[0].seq    // 0
///
/// - Complexity: `record` is amortized O(1).
public struct StepLog<Event> {
    public private(set) var steps: [Step<Event>] = []

    public init() {}

    public mutating func record(_ event: Event, op: Int) {
        steps.append(Step(seq: steps.count, op: op, event: event))
    }
}

extension StepLog: Sendable where Event: Sendable {}
