/// Something an interleaving ran into that a person wants to see: a
/// deadlock (a wait-for cycle), a violation (a lock taken out of rank
/// order), a stuck run (every live thread waits and nobody can wake them)
/// or an error a primitive raised (`IndexError: pop from an empty deque`).
/// Findings with the same summary are the same finding.
///
///     InterleavingFinding(kind: .deadlock, summary: "thread 1 waits for lock y; blocked by thread 2; ...")
public struct InterleavingFinding: Sendable, Hashable, Comparable {
    /// What kind of trouble.
    public enum Kind: String, Sendable, Hashable, Comparable {
        /// A cycle in the wait-for graph.
        case deadlock
        /// A lock-order violation raised by the ranked recipe.
        case violation
        /// Every live thread waits and nobody is left to wake one.
        case stuck
        /// A thread's body raised (an `IndexError`, say).
        case error

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    /// What kind of finding it is.
    public var kind: Kind
    /// One line naming it (the deadlock report, the violating request).
    public var summary: String

    /// A finding of `kind`, described by `summary` (the report's line).
    public init(kind: Kind, summary: String) {
        self.kind = kind
        self.summary = summary
    }

    public static func < (a: Self, b: Self) -> Bool { (a.kind, a.summary) < (b.kind, b.summary) }
}
