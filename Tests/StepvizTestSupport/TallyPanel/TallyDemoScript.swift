import StepvizEvents
import StepvizRender

/// The seeded demo: add 1, 2, 3 … (the seed is the first amount).
package struct TallyDemoScript: DemoScript {
    package static let eventRunLength = 4
    private var amount: Int
    package init(seed: UInt64, setup: NoSetup) { amount = Int(seed % 10) }
    package mutating func next() -> TallyOperation {
        amount += 1
        return TallyOperation(amount: amount)
    }
}
