import StepvizCore

/// Seeded inputs shared by both sides of a measurement (and written out for
/// the CPython run), generated outside the timed region.
enum RandomInputs {
    /// The heap rows' input of `count` Ints (the same for every row of
    /// that size, and for the CPython run).
    static func heapInput(_ count: Int) -> [Int] {
        ints(count, seed: 0x4845_4150 &+ UInt64(count))
    }

    /// The `deque.mix` operations.
    static func dequeMix(_ count: Int) -> [UInt8] {
        endOperations(count, seed: 0x4445_5155)
    }

    /// `count` random Ints in 0..<2^31, fixed by `seed`.
    static func ints(_ count: Int, seed: UInt64) -> [Int] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in Int(truncatingIfNeeded: random.next() >> 33) }
    }

    /// `count` end operations 0..<4 (append, appendleft, pop, popleft).
    static func endOperations(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next() >> 62) }
    }
}
