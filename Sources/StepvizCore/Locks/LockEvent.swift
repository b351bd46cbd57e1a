/// A step of a ``GatedThreadRun``, reported to its observer as it happens,
/// in the order the step gate fixed (the same order for the same seed).
public enum LockEvent: Sendable, Hashable {
    /// The step gate gave `thread` the turn; the events up to the next
    /// `turn` are its one action.
    case turn(thread: Int)
    /// `thread` asks for `lock` (of rank `rank`).
    case request(thread: Int, lock: String, rank: Int)
    /// `thread` holds `lock`, `count` times (above 1 only for reentrant
    /// locks). Also reported when a release hands the lock to a waiter.
    case acquired(thread: Int, lock: String, count: Int)
    /// `thread` blocks: `lock` is held by `holder`.
    case wait(thread: Int, lock: String, holder: Int)
    /// `thread` released one hold of `lock`; `count` holds remain.
    case released(thread: Int, lock: String, count: Int)
    /// `thread` asked for `lock` out of rank order while holding `held`:
    /// "Lock Order Violation", raised before it blocked.
    case violation(thread: Int, lock: String, held: [String])
    /// A request closed a cycle in the wait-for graph: the threads of the
    /// cycle (victim first) and one PostgreSQL-style line per edge.
    case deadlock(cycle: [Int], report: [String], victim: Int)
    /// `thread`'s body ended by throwing (it was the deadlock victim, or it
    /// violated the lock order); `reason` says which.
    case aborted(thread: Int, reason: String)
    /// `thread`'s body returned.
    case finished(thread: Int)
}
