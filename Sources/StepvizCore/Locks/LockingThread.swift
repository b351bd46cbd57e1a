/// One thread's side of lock taking: its id, the locks it really holds
/// (``HeldLocks``), and the recipe's ordered acquisition: sort the set by
/// rank, refuse a lock whose rank is not above every rank held ("Lock Order
/// Violation", before blocking), take them in order, release in reverse.
///
/// Create one per thread and use it only on that thread. On its own it takes
/// the real mutexes directly; inside a ``GatedThreadRun`` (which creates it)
/// every request and release is one seeded step, instrumented and checked
/// for deadlock.
///
///     let x = RankedLock(rank: 1, name: "x"), y = RankedLock(rank: 2, name: "y")
///     let me = LockingThread(id: 1)
///     try me.withLocks([y, x]) {
///         // x then y were taken; y then x are released after the body
///     }
///     try me.withLocks([y]) {
///         try me.withLocks([x]) {}    // throws LockOrderViolation: x's rank is below y's
///     }
///
/// - Complexity: O(*k* log *k* + *k h*) per set of *k* locks with *h* held,
///   besides waiting.
public final class LockingThread {
    /// The thread's id (1-based in a gated run), used in events and reports.
    public let id: Int
    /// The locks this thread really holds, in acquisition order.
    ///
    /// Reading or changing it folds the locks taken by the fast path of
    /// ``withLocks(_:_:)`` (and of `withLocks(a, b)`, ...) into the list
    /// first, so it is always the truth.
    public internal(set) var held: HeldLocks {
        get {
            guard _direct.count > 0 else { return _held }
            var held = _held
            for index in 0..<_direct.count { held.record(_direct[index].takeUnretainedValue()) }
            return held
        }
        set {
            _direct = _DirectLocks()
            _held = newValue
        }
    }

    /// The held list outside the fast path. Unchecked exclusivity (here
    /// and in `_direct`): a thread is used only on its own thread and no
    /// access spans a body; Swift's dynamic check is a runtime call per
    /// access, several per lock.
    @usableFromInline
    @exclusivity(unchecked)
    internal var _held = HeldLocks()

    /// Two to four locks taken by a fast path of `withLocks` with nothing
    /// else held, in rank order, not yet written into `_held`: they need no
    /// list, no retain and no allocation unless something asks.
    /// Unmanaged: the caller keeps them alive for the whole body.
    @usableFromInline
    @exclusivity(unchecked)
    internal var _direct = _DirectLocks()

    @usableFromInline
    internal let _run: GatedThreadRun?

    /// A thread that takes the real mutexes directly (no step gate, no
    /// deadlock detection).
    ///
    ///     let me = LockingThread(id: 1)
    ///
    /// - Complexity: O(1)
    public convenience init(id: Int) {
        self.init(id: id, run: nil)
    }

    internal init(id: Int, run: GatedThreadRun?) {
        self.id = id
        self._run = run
    }

    /// Takes every lock of `locks` in rank order. Throws
    /// ``LockOrderViolation`` (nothing taken) when the lowest rank asked for
    /// is not above every rank held, or a lock is asked for twice; in a gated
    /// run, throws ``DeadlockVictim`` if this thread had to back off.
    ///
    ///     try me.acquire([y, x])    // x, then y
    ///     me.release([x, y])        // y, then x
    ///
    /// - Complexity: O(*k* log *k* + *k h*) for *k* locks with *h* held,
    ///   besides waiting.
    public func acquire(_ locks: [RankedLock]) throws {
        let sorted = locks.sorted { $0.rank < $1.rank }
        if let (offending, violation) = _orderViolation(sorted) {
            _run?._reportViolation(violation, requesting: offending, by: self)
            throw violation
        }
        for lock in sorted { try self.lock(lock) }
    }

    /// The first lock of `sorted` (ranks ascending) that breaks the order,
    /// with its violation: the lowest when it is not above every rank held,
    /// else the second of two locks of one rank. The lock itself is kept,
    /// not looked up again by name, so the step reports the lock that
    /// offended even when the set repeats a lock or names collide.
    private func _orderViolation(_ sorted: [RankedLock]) -> (offending: RankedLock, violation: LockOrderViolation)? {
        guard let lowest = sorted.first else { return nil }
        do {
            try held.checkOrder(thread: id, asking: lowest)
        } catch {
            return (lowest, error)
        }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.rank == next.rank {
            return (
                next,
                LockOrderViolation(
                    thread: id, lock: next.name, rank: next.rank,
                    held: held.locks.map(\.name) + [previous.name], highestHeldRank: previous.rank)
            )
        }
        return nil
    }

    /// Releases, in reverse rank order, the locks of `locks` this thread
    /// holds (one hold each); locks it does not hold are skipped, so a
    /// cleanup after a back-off is harmless.
    ///
    /// - Complexity: O(*k* log *k* + *k h*) for *k* locks with *h* held.
    public func release(_ locks: [RankedLock]) {
        for lock in locks.sorted(by: { $0.rank > $1.rank }) where held.count(of: lock) > 0 {
            unlock(lock)
        }
    }

    /// Takes `locks` in rank order, runs `body`, releases them in reverse:
    /// the recipe's `with acquire(*locks):`.
    ///
    ///     try me.withLocks([y, x]) { /* x and y held */ }
    ///
    /// - Complexity: that of ``acquire(_:)`` and ``release(_:)``, besides
    ///   the body.
    @inlinable
    public func withLocks<Result>(_ locks: [RankedLock], _ body: () throws -> Result) throws -> Result {
        // Two locks get a path that reads only the two elements, so an
        // array literal at the call site can stay on the stack. The
        // elements are read through the buffer as `Unmanaged` (a plain
        // load): a class reference loaded from memory is retained, and
        // released after, which here would be four atomic operations on
        // the locks' reference counts per call. The caller's array keeps
        // both alive for the whole call.
        if locks.count == 2 {
            return try locks.withUnsafeBufferPointer { buffer in
                let elements = UnsafeRawPointer(buffer.baseAddress!)
                return try _withPair(
                    elements.load(as: Unmanaged<RankedLock>.self),
                    elements.load(fromByteOffset: MemoryLayout<RankedLock>.stride, as: Unmanaged<RankedLock>.self),
                    body)
            }
        }
        return try _withLocksInRankOrder(locks, body)
    }

    /// `withLocks` of two locks. Outside a gated run with nothing held and
    /// two ranks (the usual case) the pair is taken and released directly
    /// and recorded in `_direct`; anything else, or anything inside the body
    /// that asks for `held`, goes through the general path's bookkeeping.
    /// The locks are unretained: the caller keeps them alive.
    @inlinable
    internal func _withPair<Result>(
        _ a: Unmanaged<RankedLock>, _ b: Unmanaged<RankedLock>,
        _ body: () throws -> Result
    ) throws -> Result {
        let rankA = a._withUnsafeGuaranteedRef { $0.rank }
        let rankB = b._withUnsafeGuaranteedRef { $0.rank }
        guard _run == nil, _direct.count == 0, _held.isEmpty, rankA != rankB else {
            return try _withLocksInRankOrder([a.takeUnretainedValue(), b.takeUnretainedValue()], body)
        }
        return try _withDirectLocks(rankA < rankB ? _DirectLocks(a, b) : _DirectLocks(b, a), body)
    }

    /// Takes `locks` (ranks ascending, distinct; nothing held; no gated
    /// run) directly, runs `body` and releases them in reverse. When the
    /// body asked for `held`, the locks went into the list and are
    /// released through it (skipping any the body released itself).
    @inlinable
    internal func _withDirectLocks<Result>(_ locks: _DirectLocks, _ body: () throws -> Result) throws -> Result {
        for index in 0..<locks.count { locks[index]._withUnsafeGuaranteedRef { $0.lock() } }
        _direct = locks
        defer {
            if _direct.count != 0 {
                _direct = _DirectLocks()
                for index in (0..<locks.count).reversed() { locks[index]._withUnsafeGuaranteedRef { $0.unlock() } }
            } else {
                // The body touched `held`: the locks are in the list now.
                for index in (0..<locks.count).reversed() {
                    let lock = locks[index].takeUnretainedValue()
                    if held.count(of: lock) > 0 { unlock(lock) }
                }
            }
        }
        return try body()
    }

    @usableFromInline
    internal func _withLocksInRankOrder<Result>(_ locks: [RankedLock], _ body: () throws -> Result) throws -> Result {
        try acquire(locks)
        defer { release(locks) }
        return try body()
    }

    /// Takes `locks` one by one in the order given, with no rank check (the
    /// notes' naive way, which can deadlock), runs `body`, then releases
    /// them in the reverse of that order. In a gated run, a request that
    /// closes a wait-for cycle makes this thread the victim: it has then
    /// released everything, and ``DeadlockVictim`` propagates with nothing
    /// left to release.
    ///
    ///     try me.withLocksInGivenOrder([y, x]) {}    // y, x taken; x, y released
    ///
    /// - Complexity: O(*k h*) for *k* locks with *h* held, besides waiting.
    public func withLocksInGivenOrder<Result>(_ locks: [RankedLock], _ body: () throws -> Result) throws -> Result {
        for lock in locks { try self.lock(lock) }
        defer {
            for lock in locks.reversed() where held.count(of: lock) > 0 { unlock(lock) }
        }
        return try body()
    }

    /// Takes one lock in the order the caller chose, with no rank check (the
    /// naive way that can deadlock). A reentrant lock held already counts
    /// one more hold. In a gated run a request that closes a wait-for cycle
    /// makes this thread the victim: it releases everything and throws
    /// ``DeadlockVictim``.
    ///
    ///     try me.lock(y)
    ///     try me.lock(x)    // no rank check: this order can deadlock
    ///
    /// - Complexity: O(*h*) for *h* held, besides waiting (in a gated run
    ///   O(*n*) for *n* threads, the step).
    public func lock(_ lock: RankedLock) throws(DeadlockVictim) {
        if let run = _run {
            try run._request(lock, by: self)
        } else {
            lock.lock()
            held.record(lock)
        }
    }

    /// Takes `lock` if it is free (or a reentrant lock this thread holds);
    /// never blocks. Only for threads outside a gated run.
    ///
    ///     if me.tryLock(x) { defer { me.unlock(x) } /* ... */ }
    ///
    /// - Complexity: O(*h*) for *h* held.
    public func tryLock(_ lock: RankedLock) -> Bool {
        precondition(_run == nil, "LockingThread.tryLock is not stepped by a gated run")
        guard lock.tryLock() else { return false }
        held.record(lock)
        return true
    }

    /// Releases one hold of `lock`, which this thread must hold (traps
    /// otherwise). In a gated run the last hold hands the lock to the first
    /// waiter.
    ///
    /// - Complexity: O(*h*) for *h* held (in a gated run O(*n* + *w*) for
    ///   *n* threads and *w* waiters, the step).
    public func unlock(_ lock: RankedLock) {
        precondition(held.count(of: lock) > 0, "thread \(id) releases \(lock.name), which it does not hold")
        if let run = _run {
            run._release(lock, by: self)
        } else {
            lock.unlock()
            held.forget(lock)
        }
    }
}
