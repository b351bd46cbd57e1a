/// What the events say about one thread beyond the snapshot: the locks it
/// asked for in its current acquisition (in the order it asked the library,
/// with their ranks), whether it is backing off, and how it ended.
///
/// The events carry each request as the library makes it; for ranked
/// acquisition that is already the sorted order, so the order the body
/// named the locks in is not known here.
public struct LocksThreadActivity: Equatable, Sendable {
    /// One request: a lock and its rank.
    public struct Request: Equatable, Sendable {
        public var lock: String
        public var rank: Int
    }

    /// The requests since the thread last held nothing, oldest first.
    public var requests: [Request] = []
    /// Set from the violation or deadlock until the thread ends.
    public var backOff: LocksBackOff?
    /// The operation in which the thread ended, and how.
    public var endedAt: Int?
    public var ended: LocksLaneCell?

    public init() {}

    /// Whether the ranks were asked in ascending order (the recipe's rule).
    public var isRankOrdered: Bool {
        zip(requests, requests.dropFirst()).allSatisfy { $0.rank < $1.rank }
    }
}
