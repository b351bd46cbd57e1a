import StepvizCore

/// The built-in heap demo. With no scene chosen it rotates, as the locks
/// demo cycles its scenes: a heapify of random integers and a seeded run
/// of pushes and pops that keeps the heap between a few and fifteen
/// elements (so the tree stays readable on a small terminal), then the
/// notes' request scheduler (``HeapRequestTraffic``), announced by a
/// `scene` operation, and back. With a scene chosen, that scene endlessly.
///
///     var demo = HeapDemoScript(seed: 7)
///     demo.next()    // .heapify([...])
public struct HeapDemoScript: DemoScript, Sendable {
    /// How many demo operations `stepviz events heap` prints without `--ops`.
    public static let eventRunLength = 12
    /// How many operations each scene of the rotation runs before the next.
    public static let episodeLength = 30

    private var random: SeededGenerator
    private let rotates: Bool
    private var scene: HeapScene
    private var episodeOperations = 0
    private var size = 0
    private var traffic = HeapRequestTraffic()

    public init(seed: UInt64, setup: HeapSetup = HeapSetup()) {
        random = SeededGenerator(seed: seed)
        rotates = setup.scene == nil
        scene = setup.scene ?? .plain
    }

    /// The next operation of the demo (never ends).
    public mutating func next() -> HeapOperation {
        if rotates, episodeOperations == Self.episodeLength {
            episodeOperations = 0
            scene = scene == .plain ? .requests : .plain
            size = 0
            traffic = HeapRequestTraffic()
            return .scene(scene)
        }
        episodeOperations += 1
        switch scene {
        case .plain: return nextPlain()
        case .requests: return traffic.next(using: &random)
        }
    }

    private mutating func nextPlain() -> HeapOperation {
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
