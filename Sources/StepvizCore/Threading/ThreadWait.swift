/// What a blocked thread of a ``GatedThreadingRun`` waits for: the three
/// kinds of waiting the wait-for graph knows.
///
///     ThreadWait.condition("not_empty", lock: "mutex").description(thread: 2)
///     // "thread 2 waits on condition not_empty (lock mutex released); blocked by whoever notifies it"
public enum ThreadWait: Sendable, Hashable {
    /// In `acquire()`: `lock` is held by `holder` (an edge to it).
    case lock(String, holder: Int)
    /// In `condition.wait()`, not yet notified: no holder to point at; any
    /// thread that can still run could notify it.
    case condition(String, lock: String)
    /// Notified, back in `condition.wait()`'s re-acquire of `lock`, which
    /// `holder` holds (an edge to it, as for a lock).
    case reacquire(String, condition: String, holder: Int)

    /// The lock waited for and its holder, when there is one (a wait-for edge).
    ///
    /// - Complexity: O(1)
    public var lockEdge: (lock: String, holder: Int)? {
        switch self {
        case .lock(let lock, let holder), .reacquire(let lock, _, let holder): (lock, holder)
        case .condition: nil
        }
    }

    /// One line, PostgreSQL style for lock waits.
    ///
    /// - Complexity: O(1)
    public func description(thread: Int) -> String {
        switch self {
        case .lock(let lock, let holder):
            "thread \(thread) waits for lock \(lock); blocked by thread \(holder)"
        case .condition(let condition, let lock):
            "thread \(thread) waits on condition \(condition) (lock \(lock) released); blocked by whoever notifies it"
        case .reacquire(let lock, let condition, let holder):
            "thread \(thread) was notified on \(condition) and waits to re-acquire lock \(lock); blocked by thread \(holder)"
        }
    }
}
