import StepvizCore

/// The built-in deque demo: an endless, seeded mix of appends, pops,
/// extends and rotations at both ends that keeps the deque between a few and
/// about twenty elements, so blocks of 8 fill, spill over and empty again.
///
///     var demo = DequeDemoScript(seed: 7)
///     demo.next()    // .extend([...])
public struct DequeDemoScript: DemoScript, Sendable {
    /// How many demo operations `stepviz events deque` prints without `--ops`.
    public static let eventRunLength = 16

    private var random: SeededGenerator
    private var size = 0

    /// The mix does not depend on the bound: a `maxlen` only makes it discard.
    public init(seed: UInt64, setup: DequeSetup = DequeSetup()) { random = SeededGenerator(seed: seed) }

    /// The next operation of the demo (never ends). `size` is an estimate
    /// (a bound may discard), which is all the mix needs.
    public mutating func next() -> DequeOperation {
        if size == 0 {
            let values = (0..<Int.random(in: 5...9, using: &random)).map { _ in value() }
            size = values.count
            return .extend(values)
        }
        let growWeight = size < 4 ? 0.8 : size > 18 ? 0.2 : 0.5
        if Double.random(in: 0..<1, using: &random) < growWeight {
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1:
                size += 1
                return .append(value())
            case 2, 3:
                size += 1
                return .appendLeft(value())
            case 4:
                let values = (0..<Int.random(in: 2...4, using: &random)).map { _ in value() }
                size += values.count
                return .extend(values)
            default:
                let values = (0..<Int.random(in: 2...4, using: &random)).map { _ in value() }
                size += values.count
                return .extendLeft(values)
            }
        }
        switch Int.random(in: 0..<6, using: &random) {
        case 0, 1:
            size -= 1
            return .pop
        case 2, 3:
            size -= 1
            return .popLeft
        case 4:
            return .rotate(.int(Int64.random(in: -4...4, using: &random)))
        default:
            return .index(.int(Int64(Int.random(in: -size..<size, using: &random))))
        }
    }

    private mutating func value() -> PythonValue { .int(Int64.random(in: -99...999, using: &random)) }
}
