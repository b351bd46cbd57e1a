/// Python's `threading.Condition` on gated threads, as `Lib/threading.py`
/// builds it: a lock (an ``RLock`` unless one is given) and a queue of
/// waiters, each with a lock of its own.
///
/// `wait()` requires the lock held (`RuntimeError: cannot wait on
/// un-acquired lock`), puts its waiter lock at the back of the queue,
/// releases the lock completely (an RLock's whole count), and blocks; once
/// notified it re-acquires the lock — a step of its own, competing with
/// every other thread — before it returns, with the count it had.
/// `notify(n)` wakes the first `n` waiters in order; `notifyAll()` all of
/// them; a notify with nobody waiting is lost.
///
///     let run = GatedThreadingRun(seed: 2, threads: 2)
///     let ready = SharedVariable("ready", false, in: run)
///     let changed = Condition("changed", in: run)
///     run.run { thread in
///         try changed.withLock {
///             if thread == 1 { try changed.waitFor { ready.value } }
///             else { try ready.set(true); try changed.notify() }
///         }
///     }
///
/// - Complexity: O(*n* + *w*) per step for *n* threads and *w* waiters.
public final class Condition: ThreadingLock, @unchecked Sendable {
    // @unchecked: immutable; its state lives in the run, under the run's mutex.

    /// The name shown in events and snapshots.
    public let name: String
    /// The lock it holds.
    public let lock: any ThreadingLock
    /// The run whose threads use it.
    public let run: GatedThreadingRun
    internal let _index: Int

    /// A condition over `lock` (CPython's `Condition(lock)`).
    ///
    /// - Complexity: O(*c*)
    public init(_ name: String, lock: Lock) {
        self.name = name
        self.lock = lock
        run = lock.run
        _index = run._addCondition(name: name, lock: lock._index)
    }

    /// A condition over `lock`, an RLock.
    ///
    /// - Complexity: O(*c*)
    public init(_ name: String, lock: RLock) {
        self.name = name
        self.lock = lock
        run = lock.run
        _index = run._addCondition(name: name, lock: lock._index)
    }

    /// `Condition()`: over a new ``RLock`` named `name._lock`.
    ///
    /// - Complexity: O(*l* + *c*)
    public convenience init(_ name: String, in run: GatedThreadingRun) {
        self.init(name, lock: RLock("\(name)._lock", in: run))
    }

    /// The lock's `acquire()`.
    ///
    /// - Complexity: one step.
    public func acquire() throws { try lock.acquire() }

    /// The lock's `release()`.
    ///
    /// - Complexity: one step.
    public func release() throws { try lock.release() }

    /// `wait()`: one step to enter (waiter queued, lock released), blocked
    /// until notified, then one step to re-acquire the lock (which may
    /// block again) before it returns.
    ///
    /// - Complexity: two steps besides waiting.
    public func wait() throws { try run._wait(_index) }

    /// `wait_for(predicate)`: `while not predicate(): wait()`, the
    /// predicate read with the lock held. Returns the last result (true).
    ///
    ///     try notEmpty.waitFor { items.count > 0 }
    ///
    /// - Complexity: two steps per wait.
    @discardableResult
    public func waitFor(_ predicate: () throws -> Bool) throws -> Bool {
        var result = try predicate()
        while !result {
            try wait()
            result = try predicate()
        }
        return result
    }

    /// `notify(n)`: wakes the first `n` waiters (fewer if fewer wait);
    /// requires the lock held (`RuntimeError: cannot notify on un-acquired lock`).
    ///
    /// - Complexity: one step.
    public func notify(_ n: Int = 1) throws { try run._notify(_index, n) }

    /// `notify_all()`: wakes every waiter; as in CPython it is
    /// `notify(len(self._waiters))`, and its event says that `n`.
    ///
    /// - Complexity: one step.
    public func notifyAll() throws { try run._notify(_index, nil) }
}
