import StepvizCore

/// The built-in heap demo: a heapify of random values, then an endless,
/// seeded stream of pushes and pops that keeps the heap between a few and
/// fifteen elements, so the tree stays readable on a small terminal.
///
///     var demo = HeapDemoScript(seed: 7)
///     demo.next()    // .heapify([...])
public struct HeapDemoScript: DemoScript, Sendable {
    /// How many demo operations `stepviz events heap` prints without `--ops`.
    public static let eventRunLength = 12

    private var random: SeededGenerator
    private var size = 0

    public init(seed: UInt64, setup: NoSetup = NoSetup()) { random = SeededGenerator(seed: seed) }

    /// The next operation of the demo (never ends).
    public mutating func next() -> HeapOperation {
        if size == 0 {
            let count = Int.random(in: 7...10, using: &random)
            size = count
            return .heapify((0..<count).map { _ in value() })
        }
        let pushWeight = size < 4 ? 0.8 : size > 14 ? 0.2 : 0.5
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < pushWeight {
            if Int.random(in: 0..<5, using: &random) == 0 { return .pushPop(value()) }
            size += 1
            return .push(value())
        }
        size -= 1
        return .pop
    }

    private mutating func value() -> PythonValue { .int(Int64.random(in: -99...999, using: &random)) }
}
