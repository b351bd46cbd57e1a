/// A step of a ``GatedThreadingRun``, reported to its observer as it
/// happens, in the order the step gate fixed (the same for the same seed or
/// schedule). The events from one `turn` to the next are that thread's one
/// action; a release or a notify can also move another thread (a lock
/// handed over, a waiter woken), and says so.
public enum ThreadingEvent: Sendable, Hashable {
    /// The step gate gave `thread` the turn.
    case turn(thread: Int)
    /// `thread` asks for `lock` (`acquire()`).
    case request(thread: Int, lock: String)
    /// `thread` holds `lock`, `count` times (above 1 only for an `RLock`).
    /// Also reported when a release hands the lock to a waiter.
    case acquired(thread: Int, lock: String, count: Int)
    /// `thread` blocks: `lock` is held by `holder`.
    case wait(thread: Int, lock: String, holder: Int)
    /// `thread` released one hold of `lock` (`count` remain), or, in a
    /// condition's `wait`, all of them (`count` 0).
    case released(thread: Int, lock: String, count: Int)
    /// A request closed a cycle of lock waits (a plain lock asked for by
    /// its own holder is a cycle of one): the threads of the cycle (victim
    /// first) and one PostgreSQL-style line per edge. The victim backs off.
    case deadlock(cycle: [Int], report: [String], victim: Int)
    /// `thread` entered `condition.wait()`: its waiter lock is at the back
    /// of `waiters` (the condition's waiters now, first to be woken first),
    /// and it released `lock` completely (`savedCount` holds to restore).
    case conditionWait(thread: Int, condition: String, lock: String, savedCount: Int, waiters: [Int])
    /// `thread` called `condition.notify(n)` with `requested` = n (or
    /// `notify_all`, which is `notify(len(waiters))` as in CPython): `woken`,
    /// first in line first, can run again and must re-acquire the lock;
    /// `waiters` are left. An empty `woken` is a notify that went to nobody.
    case notify(thread: Int, condition: String, requested: Int, woken: [Int], waiters: [Int])
    /// A woken `thread` asks for `condition`'s `lock` again
    /// (`_acquire_restore`), competing with every other thread.
    case reacquire(thread: Int, condition: String, lock: String)
    /// `thread` returned from `condition.wait()`, holding its lock again.
    case waitReturned(thread: Int, condition: String)
    /// `thread` appended `item` to the deque `deque` (now `items`, left to right).
    case appended(thread: Int, deque: String, item: String, items: [String])
    /// `thread` popped `item` from the left of `deque` (now `items`).
    case poppedLeft(thread: Int, deque: String, item: String, items: [String])
    /// `thread` set the shared variable `variable` to `value` (`ready = True`,
    /// a semaphore's `_value`, a queue's `unfinished_tasks`).
    case assigned(thread: Int, variable: String, value: String)
    /// A primitive raised `error` in `thread` (`IndexError: pop from an
    /// empty deque`, `RuntimeError: cannot release un-acquired lock`).
    case raised(thread: Int, error: PythonError)
    /// Every live thread waits and no running thread is left to notify or
    /// release: one line per waiting thread, then why nobody can wake
    /// them. The run ends here.
    case stuck(report: [String])
    /// `thread`'s body ended by throwing; `reason` says what (a deadlock
    /// victim, a Python exception).
    case aborted(thread: Int, reason: String)
    /// `thread`'s body returned.
    case finished(thread: Int)
}
