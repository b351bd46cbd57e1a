import StepvizEvents
import StepvizRender

/// The "library" run: a running total.
package final class TallySession: OperationSession {
    package private(set) var total = 0
    package var steps: History<Step<TallyStepEvent>> { log.steps }
    private var log = StepLog<TallyStepEvent>()
    package private(set) var operations = History<TallyOperation>()
    package let setup: NoSetup

    package init(setup: NoSetup = NoSetup()) { self.setup = setup }

    package func apply(_ operation: TallyOperation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(.begin(operation), op: op)
        total += operation.amount
        log.record(.state(total), op: op)
    }

    package func copy() -> Self {
        let copy = Self(setup: setup)
        copy.total = total
        copy.log = log
        copy.operations = operations
        return copy
    }

    package func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}
