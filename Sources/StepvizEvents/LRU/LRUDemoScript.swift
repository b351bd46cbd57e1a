import StepvizCore

/// The built-in LRU demo: memoization traffic. Keys are drawn with Zipf-like
/// weights (key k about 1/k as often), each is looked up with `get`, and a
/// miss is followed by a `put` of its value, as a cache in front of a slow
/// function would do. A private cache of the same capacity tells the demo
/// which gets miss.
///
///     var demo = LRUDemoScript(seed: 7, capacity: 4)
///     demo.next()    // .get(key: ...)
public struct LRUDemoScript: DemoScript {
    /// How many demo operations `stepviz events lru` prints without `--ops`.
    public static let eventRunLength = 16
    /// Keys 1...keyCount.
    public static let keyCount = 8

    private var random: SeededGenerator
    private var mirror: LRUCache<Int, Int>
    private var pendingPut: Int?

    public init(seed: UInt64, capacity: Int) {
        random = SeededGenerator(seed: seed)
        mirror = LRUCache(capacity: capacity)
    }

    public init(seed: UInt64, setup: LRUSetup) { self.init(seed: seed, capacity: setup.capacity) }

    /// The next operation of the demo (never ends).
    public mutating func next() -> LRUOperation {
        if let key = pendingPut {
            pendingPut = nil
            let value = key * key
            mirror.put(key, value)
            return .put(key: .int(Int64(key)), value: .int(Int64(value)))
        }
        let key = zipfKey()
        if mirror.get(key) == nil { pendingPut = key }
        return .get(key: .int(Int64(key)))
    }

    private mutating func zipfKey() -> Int {
        let total = (1...Self.keyCount).reduce(0.0) { $0 + 1 / Double($1) }
        var roll = Double.random(in: 0..<total, using: &random)
        for key in 1...Self.keyCount {
            roll -= 1 / Double(key)
            if roll < 0 { return key }
        }
        return Self.keyCount
    }
}
