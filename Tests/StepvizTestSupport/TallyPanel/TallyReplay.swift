import StepvizEvents
import StepvizRender

/// The stream reader's fold: each `state` must be the total of the adds so far.
package struct TallyReplay: CheckedReplay {
    package var total = 0
    package init(setup: NoSetup) {}

    package mutating func apply(_ event: TallyStepEvent) throws(StreamLineError) {
        switch event {
        case .begin(let operation): total += operation.amount
        case .state(let claimed):
            guard claimed == total else { throw StreamLineError("total \(claimed), but the adds make \(total)") }
        }
    }
}
