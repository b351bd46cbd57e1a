/// Python's `threading.RLock` on a gated thread: an owner and a count.
/// The owner may acquire again (the count goes up); each release takes
/// one hold off and the last frees it. A release by a thread that does not
/// own it raises `RuntimeError: cannot release un-acquired lock`, as
/// CPython's does.
///
///     let run = GatedThreadingRun(seed: 1, threads: 1)
///     let r = RLock("r", in: run)
///     run.run { _ in
///         try r.withLock { try r.withLock { /* count 2 */ } }    // counts 1, 2, 1, 0
///     }
///
/// - Complexity: O(*n*) per step (the run's).
public final class RLock: ThreadingLock, @unchecked Sendable {
    // @unchecked: immutable; its state lives in the run, under the run's mutex.

    /// The name shown in events and snapshots.
    public let name: String
    /// The run whose threads use it.
    public let run: GatedThreadingRun
    internal let _index: Int

    /// A free reentrant lock named `name` (distinct among the run's locks).
    /// Create it before the run starts.
    ///
    /// - Complexity: O(*l*)
    public init(_ name: String, in run: GatedThreadingRun) {
        self.name = name
        self.run = run
        _index = run._addLock(name: name, reentrant: true)
    }

    /// `acquire()`: takes it, counts one more hold if this thread owns it,
    /// or blocks until a release hands it over.
    ///
    /// - Complexity: one step.
    public func acquire() throws { try run._acquire(_index) }

    /// `release()`: one hold off; the last frees it (or hands it to the
    /// first waiter).
    ///
    /// - Complexity: one step.
    public func release() throws { try run._release(_index) }
}
