import StepvizEvents
import StepvizRender

extension PanelOption {
    /// The tally's own option, declared here only.
    package static let step = PanelOption("step", .integer, valueName: "n", help: "tally: what each demo add grows by")
}
