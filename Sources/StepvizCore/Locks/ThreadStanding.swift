/// Where one thread of a gated run (or one coroutine of a scheduler) stands
/// at a step: whether it can take the step, and if not, why (what the "you
/// schedule" mode shows, and what a bad `--schedule` is told).
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
    /// An actor with no message waiting for it.
    case waitsForMessage
    /// In `condition.wait()` (a ``GatedThreadingRun``), not yet notified;
    /// `lock` released. Nobody holds what it waits for.
    case waitsOnCondition(condition: String, lock: String)

    /// One line saying why `thread` can or cannot take the step.
    ///
    /// - Complexity: O(1)
    public func reason(thread: Int) -> String { reason(ScheduleStop.Subject.threads, thread) }

    /// One line saying why `id`, a thread or a coroutine, can or cannot
    /// take the step: `coroutine 2 has finished`.
    ///
    /// - Complexity: O(1)
    public func reason(_ subject: ScheduleStop.Subject, _ id: Int) -> String {
        let name = "\(subject.noun) \(id)"
        return switch self {
        case .canMove: "\(name) can move"
        case .waits(let lock, let holder): "\(name) is blocked waiting for lock \(lock) held by \(subject.noun) \(holder)"
        case .finished: "\(name) has finished"
        case .aborted: "\(name) has ended (aborted)"
        case .waitsForMessage: "\(name) has no message waiting"
        case .waitsOnCondition(let condition, _): "\(name) is waiting on condition \(condition) until notified"
        }
    }

    /// The short form of the "you schedule" list: `T2 waits for x, held by T1`.
    ///
    /// - Complexity: O(1)
    public func shortReason(thread: Int) -> String { shortReason(.threads, thread) }

    /// The short form for a thread (`T2`) or a coroutine (`#2`).
    ///
    /// - Complexity: O(1)
    public func shortReason(_ subject: ScheduleStop.Subject, _ id: Int) -> String {
        let name = "\(subject.mark)\(id)"
        return switch self {
        case .canMove: "\(name) can move"
        case .waits(let lock, let holder): "\(name) waits for \(lock), held by \(subject.mark)\(holder)"
        case .finished: "\(name) finished"
        case .aborted: "\(name) aborted"
        case .waitsForMessage: "\(name) has no message"
        case .waitsOnCondition(let condition, _): "\(name) waits on \(condition)"
        }
    }
}
