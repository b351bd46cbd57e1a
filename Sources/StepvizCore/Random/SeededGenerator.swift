/// A small, fast, seedable random number generator (SplitMix64), so that a
/// seed reproduces a run exactly on every machine.
///
///     var rng = SeededGenerator(seed: 42)
///     let roll = Int.random(in: 1...6, using: &rng)
///
/// - Complexity: O(1) per number.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline
    internal var _state: UInt64

    /// Creates a generator whose whole sequence is fixed by `seed`.
    @inlinable
    public init(seed: UInt64) { _state = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        _state &+= 0x9E37_79B9_7F4A_7C15
        var z = _state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
