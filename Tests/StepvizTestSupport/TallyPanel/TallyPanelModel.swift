import StepvizEvents
import StepvizRender

/// What the screen shows: the total and the last operation.
package struct TallyPanelModel: PanelModel {
    package var total = 0
    package var last = "(nothing added yet)"
    package init(setup: NoSetup) {}

    package mutating func apply(_ step: Step<TallyStepEvent>) {
        switch step.event {
        case .begin(let operation): last = operation.description
        case .state(let total): self.total = total
        }
    }
}
