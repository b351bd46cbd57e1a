/// The steps of a run in the order a session records them, numbering each
/// (`seq` 0, 1, 2, ...) and tagging it with the operation that caused it.
///
///     var log = StepLog<HeapStepEvent>()
///     log.record(.begin(.pop), op: 0)
///     log.steps[0].seq    // 0
///
/// - Complexity: `record` is amortized O(1).
public struct StepLog<Event> {
    public private(set) var steps = History<Step<Event>>()

    public init() {}

    public mutating func record(_ event: Event, op: Int) {
        steps.append(Step(seq: steps.endIndex, op: op, event: event))
    }

    /// Forgets the steps before `position` (the first step of an operation)
    /// and the operations before it (a bounded history); `seq` goes on.
    public mutating func forget<Operation>(before position: Int, operations: inout History<Operation>) {
        steps.forget(before: position, operations: &operations)
    }
}

extension StepLog: Sendable where Event: Sendable {}
