/// Python's `threading.Lock` on a gated thread: held or free, no owner
/// required to release it (any thread may, as in CPython), and no
/// recursion: its holder asking again waits for itself, which the run
/// reports as a deadlock of one thread and breaks.
///
///     let run = GatedThreadingRun(seed: 1, threads: 2)
///     let mutex = Lock("mutex", in: run)
///     run.run { _ in try mutex.withLock { /* one thread at a time */ } }
///
/// - Complexity: O(*n*) per step (the run's).
public final class Lock: ThreadingLock, @unchecked Sendable {
    // @unchecked: immutable; its state lives in the run, under the run's mutex.

    /// The name shown in events and snapshots.
    public let name: String
    /// The run whose threads use it.
    public let run: GatedThreadingRun
    internal let _index: Int

    /// A free lock named `name` (distinct among the run's locks), used by
    /// `run`'s threads. Create it before the run starts.
    ///
    /// - Complexity: O(*l*)
    public init(_ name: String, in run: GatedThreadingRun) {
        self.name = name
        self.run = run
        _index = run._addLock(name: name, reentrant: false)
    }

    /// `acquire()`: takes the lock, or blocks until a release hands it
    /// over. Taking it again while holding it is a deadlock of one.
    ///
    /// - Complexity: one step.
    public func acquire() throws { try run._acquire(_index) }

    /// `release()`: frees it (or hands it to the first waiter). Raises
    /// `RuntimeError: release unlocked lock` when it is free.
    ///
    /// - Complexity: one step.
    public func release() throws { try run._release(_index) }

    /// `locked()`: whether some thread holds it (not a step).
    ///
    /// - Complexity: O(1)
    public var locked: Bool { run._isLocked(_index) }
}
