import StepvizCore

/// A deadlock the library detected: the cycle as wait-for edges, the
/// library's own PostgreSQL-style report lines, the victim and what it
/// released while backing off.
public struct LocksDeadlockReport: Equatable, Sendable {
    /// The threads of the cycle, victim first (the library's order).
    public var cycle: [Int]
    /// One edge per thread of the cycle (waiter, lock, holder).
    public var edges: [WaitForGraph.Edge]
    /// "thread 1 waits for lock y; blocked by thread 2", one per edge.
    public var lines: [String]
    public var victim: Int
    /// The operation whose request closed the cycle.
    public var op: Int
    /// The locks the victim released as it backed off.
    public var released: [String] = []

    /// The report's header, word for word as PostgreSQL prints it.
    public static let headline = "deadlock detected"
}
