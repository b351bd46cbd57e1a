/// A "Lock Order Violation" the library raised: who asked for which lock
/// while holding which (with ranks, so both ends of the inversion show).
public struct LocksViolationReport: Equatable, Sendable {
    public var thread: Int
    /// The lock asked for, and its rank (from the request just before).
    public var lock: String
    public var rank: Int?
    /// The locks held when asking, with their ranks.
    public var held: [String]
    public var heldRanks: [Int?]
    /// The operation in which it was raised.
    public var op: Int
}
