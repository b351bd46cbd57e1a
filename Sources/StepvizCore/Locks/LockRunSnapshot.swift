/// The whole state of a ``GatedThreadRun`` between two turns: who holds
/// each lock (and how many times), who waits for it, and where each thread is.
///
///     snapshot.locks[0]    // x held by thread 1 once, thread 2 waiting
///     snapshot.finished    // [1]
public struct LockRunSnapshot: Sendable, Hashable {
    /// One lock's state.
    public struct LockState: Sendable, Hashable {
        /// The lock's name ("x", "fork 2").
        public var name: String
        /// The lock's rank (its place in the acquisition order).
        public var rank: Int
        /// The thread holding it, or nil when free.
        public var holder: Int?
        /// How many holds (0 when free).
        public var count: Int
        /// The blocked threads, first in line first.
        public var waiters: [Int]

        /// One lock's state, as the run reports it.
        ///
        /// - Complexity: O(1)
        public init(name: String, rank: Int, holder: Int?, count: Int, waiters: [Int]) {
            self.name = name
            self.rank = rank
            self.holder = holder
            self.count = count
            self.waiters = waiters
        }
    }

    /// The locks, in the order the run first saw them.
    public var locks: [LockState]
    /// Threads that can take a turn.
    public var running: [Int]
    /// Threads blocked on a lock.
    public var blocked: [Int]
    /// Threads whose body returned.
    public var finished: [Int]
    /// Threads whose body threw (deadlock victims, order violations).
    public var aborted: [Int]

    /// The state of a run, as ``GatedThreadRun/snapshot`` reports it.
    ///
    /// - Complexity: O(1)
    public init(locks: [LockState], running: [Int], blocked: [Int], finished: [Int], aborted: [Int]) {
        self.locks = locks
        self.running = running
        self.blocked = blocked
        self.finished = finished
        self.aborted = aborted
    }
}
