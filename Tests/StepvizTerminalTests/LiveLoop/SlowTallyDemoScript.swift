import StepvizEvents
import StepvizTestSupport

/// The tally's demo, but each operation first passes ``gate``: a library
/// whose work is as slow as the test makes it.
struct SlowTallyDemoScript: DemoScript {
    /// The one gate of the one test that uses this demo.
    static let gate = LibraryGate()
    static let eventRunLength = TallyDemoScript.eventRunLength
    private var demo: TallyDemoScript

    init(seed: UInt64, setup: NoSetup) { demo = TallyDemoScript(seed: seed, setup: setup) }

    mutating func next() -> TallyOperation {
        Self.gate.pass()
        return demo.next()
    }
}
