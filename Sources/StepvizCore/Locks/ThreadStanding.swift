/// Where one thread of a gated run stands at a step: whether it can take
/// the step, and if not, why (what the "you schedule" mode shows, and what
/// a bad `--schedule` is told).
///
///     ThreadStanding.waits(lock: "x", holder: 1).reason(thread: 2)
///     // "thread 2 is blocked waiting for lock x held by thread 1"
public enum ThreadStanding: Sendable, Hashable {
    /// Runnable: it can take the step.
    case canMove
    /// Blocked in `pthread_mutex_lock` for `lock`, which `holder` holds.
    case waits(lock: String, holder: Int)
    /// Its body returned.
    case finished
    /// Its body threw (deadlock victim, lock order violation).
    case aborted

    /// One line saying why `thread` can or cannot take the step.
    ///
    /// - Complexity: O(1)
    public func reason(thread: Int) -> String {
        switch self {
        case .canMove: "thread \(thread) can move"
        case .waits(let lock, let holder): "thread \(thread) is blocked waiting for lock \(lock) held by thread \(holder)"
        case .finished: "thread \(thread) has finished"
        case .aborted: "thread \(thread) has ended (aborted)"
        }
    }

    /// The short form of the "you schedule" list: `T2 waits for x, held by T1`.
    ///
    /// - Complexity: O(1)
    public func shortReason(thread: Int) -> String {
        switch self {
        case .canMove: "T\(thread) can move"
        case .waits(let lock, let holder): "T\(thread) waits for \(lock), held by T\(holder)"
        case .finished: "T\(thread) finished"
        case .aborted: "T\(thread) aborted"
        }
    }
}
