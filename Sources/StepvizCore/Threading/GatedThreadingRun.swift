#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a body on several real OS threads that use Python's `threading`
/// primitives — ``Lock``, ``RLock``, ``Condition``, ``Semaphore``, a
/// bounded ``Queue`` and the ``SharedDeque`` under it — one seeded step
/// at a time, as ``GatedThreadRun`` does for ranked locks.
///
/// Each acquire, release, condition wait, re-acquire after a wakeup,
/// notify, change of shared data and thread end is one step: a thread acts
/// only while the ``StepGate`` gives it the turn, so a seed (or a
/// ``TurnSchedule``, or a ``TurnChooser``) fixes the interleaving and the
/// events. A thread that must wait blocks for real: in its lock's real
/// lock until a release hands it over, or, in `wait()`, on its own waiter
/// lock until a `notify` releases it (CPython's design). A woken waiter
/// then competes for the lock like any other thread.
///
/// The wait-for bookkeeping knows three kinds of waiting (``ThreadWait``):
/// for a lock (an edge to its holder), on a condition (no holder: anyone
/// who can still run could notify), and in the re-acquire after a wakeup
/// (an edge again). A request that closes a cycle of lock edges is a
/// deadlock, broken as ``GatedThreadRun`` breaks it (the requester backs
/// off with ``DeadlockVictim``). When no thread can move and some have not
/// ended, the run is stuck: a ``ThreadingEvent/stuck(report:)`` names who
/// waits on what, the run ends there, and the waiting threads unwind
/// unreported (each blocked call throws ``DeadlockVictim/runStopped``).
///
/// Locks are fair: a release hands the lock to the first thread blocked
/// for it. (CPython's lock makes no promise of order; handing over in line
/// is one of the orders it allows, and keeps every run reproducible.)
/// A thread that ends holding a lock keeps it, as in Python.
///
///     let run = GatedThreadingRun(seed: 3, threads: 2)
///     let ready = Condition("ready", in: run)
///     let end = run.run { thread in
///         try ready.withLock {
///             if thread == 1 { try ready.wait() } else { try ready.notify() }
///         }
///     }
///     end.stuck    // non-nil when thread 2 notified before thread 1 waited
///
/// - Complexity: O(*n* + *l* + *c*) per step for *n* threads, *l* locks and
///   *c* conditions, besides the bodies.
public final class GatedThreadingRun: @unchecked Sendable {
    // @unchecked: every stored var is read and written only under `_mutex`.

    /// The number of threads; their ids are 1...threadCount.
    public let threadCount: Int

    internal struct _LockBook {
        let name: String
        let reentrant: Bool
        let real = _HandOverLock()
        var holder: Int?
        var count = 0
        /// Threads blocked in an acquire or a re-acquire, first in line first.
        var waiters: [Int] = []
    }

    internal struct _ConditionBook {
        let name: String
        let lock: Int
        /// CPython's `_waiters`: each waiter's own lock, first to be woken first.
        var waiters: [_Waiter] = []
    }

    internal struct _Waiter {
        let thread: Int
        let token: _HandOverLock
    }

    private let _mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let _condition: UnsafeMutablePointer<pthread_cond_t>
    private var _gate: StepGate
    internal private(set) var _locks: [_LockBook] = []
    internal private(set) var _conditions: [_ConditionBook] = []
    private var _deques: [ThreadingSnapshot.DequeState] = []
    private var _variables: [ThreadingSnapshot.VariableState] = []
    /// What each blocked thread waits for.
    internal private(set) var _waits: [Int: ThreadWait] = [:]
    /// The lock edges of `_waits`, kept acyclic.
    internal private(set) var _graph = WaitForGraph()
    /// Per thread blocked for a lock: the count it gets with it (1, or what
    /// a condition wait saved) and the condition it re-acquires for.
    private var _handOverCount: [Int: Int] = [:]
    private var _reacquiringFor: [Int: Int] = [:]
    private var _abortedThreads: Set<Int> = []
    private var _started = false
    private var _stop: ScheduleStop?
    private var _stuck: [String]?
    /// The state where a stop or a stuck end froze the run.
    private var _finalSnapshot: ThreadingSnapshot?
    private let _observer: (@Sendable (ThreadingEvent) -> Void)?
    private let _snapshotObserver: (@Sendable (ThreadingSnapshot) -> Void)?

    /// Prepares a run of `threads` threads (ids 1...threads). Create its
    /// primitives (``Lock``, ``Condition``, ``Queue`` ...) before
    /// ``run(_:)``; they appear in snapshots in the order created.
    /// `observer` gets every event and `snapshotObserver` the state after
    /// every step, in step order, one at a time. `schedule` names the
    /// first steps' threads and `chooser` decides the rest; without
    /// either, the seed does.
    ///
    /// - Complexity: O(*n*)
    public init(
        seed: UInt64, threads: Int, maxTurns: Int = 100_000,
        schedule: TurnSchedule? = nil, chooser: (any TurnChooser)? = nil,
        observer: (@Sendable (ThreadingEvent) -> Void)? = nil,
        snapshotObserver: (@Sendable (ThreadingSnapshot) -> Void)? = nil
    ) {
        threadCount = threads
        _gate = StepGate(seed: seed, threads: threads, maxTurns: maxTurns, schedule: schedule, chooser: chooser)
        _observer = observer
        _snapshotObserver = snapshotObserver
        _mutex = .allocate(capacity: 1)
        _condition = .allocate(capacity: 1)
        pthread_mutex_init(_mutex, nil)
        pthread_cond_init(_condition, nil)
    }

    deinit {
        pthread_cond_destroy(_condition)
        pthread_mutex_destroy(_mutex)
        _condition.deallocate()
        _mutex.deallocate()
    }

    /// Starts one real thread per id running `body(id)`, waits for all of
    /// them (joined: none is left running) and returns the final state
    /// (at a schedule's stop or a stuck end, the state there). Call once.
    ///
    /// - Complexity: the bodies' steps, O(*n* + *l* + *c*) each.
    public func run(_ body: @escaping @Sendable (Int) throws -> Void) -> ThreadingSnapshot {
        _lock()
        precondition(!_started, "GatedThreadingRun.run called twice")
        _started = true
        _handOn()
        _unlock()
        let handles = (1...threadCount).map { id in
            _ThreadStart.spawn { [self] in self._threadMain(id: id, body: body) }
        }
        for handle in handles { _ThreadStart.join(handle) }
        _lock()
        defer { _unlock() }
        return _finalSnapshot ?? _snapshot()
    }

    /// Where the schedule (or the chooser) stopped the run, and every
    /// thread's standing there; nil when the run went to its end (stuck or not).
    ///
    /// - Complexity: O(1)
    public var scheduleStop: ScheduleStop? {
        _lock()
        defer { _unlock() }
        return _stop
    }

    /// The state now (between steps, from any thread).
    ///
    /// - Complexity: O(*l* + *c* + *d* + *v* + *n*)
    public var snapshot: ThreadingSnapshot {
        _lock()
        defer { _unlock() }
        return _finalSnapshot ?? _snapshot()
    }

    private func _threadMain(id: Int, body: @Sendable (Int) throws -> Void) {
        _CurrentThread.set(id)
        defer { _CurrentThread.set(nil) }
        var reason: String?
        do {
            try body(id)
        } catch let victim as DeadlockVictim {
            reason = victim.cycle.isEmpty ? "the run ended" : "deadlock victim"
        } catch {
            reason = "\(error)"
        }
        if _beginTurn(id) {
            if let reason {
                _abortedThreads.insert(id)
                _emit(.aborted(thread: id, reason: reason))
            } else {
                _emit(.finished(thread: id))
            }
        }
        _gate.end(id)
        _endTurn()
    }

    // MARK: Registration (before the run)

    internal func _addLock(name: String, reentrant: Bool) -> Int {
        _register {
            precondition(!_locks.contains { $0.name == name }, "two locks named \(name)")
            _locks.append(_LockBook(name: name, reentrant: reentrant))
            return _locks.count - 1
        }
    }

    internal func _addCondition(name: String, lock: Int) -> Int {
        _register {
            precondition(!_conditions.contains { $0.name == name }, "two conditions named \(name)")
            _conditions.append(_ConditionBook(name: name, lock: lock))
            return _conditions.count - 1
        }
    }

    internal func _addDeque(name: String, items: [String]) -> Int {
        _register {
            precondition(!_deques.contains { $0.name == name }, "two deques named \(name)")
            _deques.append(.init(name: name, items: items))
            return _deques.count - 1
        }
    }

    internal func _addVariable(name: String, value: String) -> Int {
        _register {
            precondition(!_variables.contains { $0.name == name }, "two variables named \(name)")
            _variables.append(.init(name: name, value: value))
            return _variables.count - 1
        }
    }

    private func _register(_ add: () -> Int) -> Int {
        _lock()
        defer { _unlock() }
        precondition(!_started, "GatedThreadingRun: create primitives before run()")
        return add()
    }

    // MARK: Steps (called by the primitives on their own threads)

    /// The calling thread's id; traps outside this run's threads.
    internal func _me() -> Int {
        guard let id = _CurrentThread.id else {
            preconditionFailure("a gated primitive was used outside GatedThreadingRun.run")
        }
        return id
    }

    /// `acquire()` of lock `index`: takes it, counts one more hold of an
    /// RLock it holds, or blocks until a release hands it over.
    internal func _acquire(_ index: Int) throws {
        let me = _me()
        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        _emit(.request(thread: me, lock: _locks[index].name))
        if _locks[index].reentrant && _locks[index].holder == me {
            _locks[index].count += 1
            _emit(.acquired(thread: me, lock: _locks[index].name, count: _locks[index].count))
            _endTurn()
            return
        }
        try _take(index, by: me, count: 1, reacquiring: nil)
    }

    /// `release()` of lock `index`, with CPython's errors.
    internal func _release(_ index: Int) throws {
        let me = _me()
        guard _beginTurn(me) else {
            _unlock()
            return
        }
        let book = _locks[index]
        if book.reentrant && book.holder != me {
            try _raise(.runtime("cannot release un-acquired lock"), by: me)
        }
        if !book.reentrant && book.holder == nil {
            try _raise(.runtime("release unlocked lock"), by: me)
        }
        _releaseOne(index, by: me)
        _endTurn()
    }

    /// Whether lock `index` counts as owned for a condition: an RLock held
    /// by the caller; a plain lock held by anyone (CPython's `_is_owned`
    /// fallback can only ask whether it is locked).
    private func _isOwned(_ index: Int, by me: Int) -> Bool {
        _locks[index].reentrant ? _locks[index].holder == me : _locks[index].holder != nil
    }

    /// `condition.wait()`: appends a waiter lock, releases the condition's
    /// lock completely, blocks until notified, then re-acquires the lock
    /// (one more step, competing) before it returns.
    internal func _wait(_ condition: Int) throws {
        let me = _me()
        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        let lock = _conditions[condition].lock
        guard _isOwned(lock, by: me) else {
            try _raise(.runtime("cannot wait on un-acquired lock"), by: me)
        }
        let token = _HandOverLock()
        precondition(token.tryAcquire(as: me), "a new waiter lock is taken")
        _conditions[condition].waiters.append(_Waiter(thread: me, token: token))
        let saved = _locks[lock].count
        _emit(
            .conditionWait(
                thread: me, condition: _conditions[condition].name, lock: _locks[lock].name,
                savedCount: saved, waiters: _conditions[condition].waiters.map(\.thread)))
        // _release_save: all holds at once, whatever the count.
        _locks[lock].count = 1
        _releaseOne(lock, by: me)
        _waits[me] = .condition(_conditions[condition].name, lock: _locks[lock].name)
        _gate.block(me)
        _endTurn()

        // Blocked for real on its own waiter lock, as CPython's waiter.acquire().
        guard token.awaitHandOver(to: me) else { throw DeadlockVictim.runStopped }

        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        _emit(.reacquire(thread: me, condition: _conditions[condition].name, lock: _locks[lock].name))
        try _take(lock, by: me, count: saved, reacquiring: condition)
    }

    /// `condition.notify(n)`: the first `n` waiters can run again; nil
    /// is `notify_all()`, which CPython runs as `notify(len(self._waiters))`,
    /// so the `n` reported is the number waiting then.
    internal func _notify(_ condition: Int, _ n: Int?) throws {
        let me = _me()
        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        guard _isOwned(_conditions[condition].lock, by: me) else {
            try _raise(.runtime("cannot notify on un-acquired lock"), by: me)
        }
        let n = n ?? _conditions[condition].waiters.count
        let woken = Array(_conditions[condition].waiters.prefix(max(n, 0)))
        _conditions[condition].waiters.removeFirst(woken.count)
        for waiter in woken {
            _waits[waiter.thread] = nil
            _gate.unblock(waiter.thread)
            waiter.token.release(handingTo: waiter.thread)
        }
        _emit(
            .notify(
                thread: me, condition: _conditions[condition].name, requested: n,
                woken: woken.map(\.thread), waiters: _conditions[condition].waiters.map(\.thread)))
        _endTurn()
    }

    /// One step that changes shared data: `change` runs under the run's
    /// mutex with the caller's id and returns the step's events; a
    /// ``PythonError`` it throws is reported as raised and rethrown.
    internal func _change<Result>(_ change: (Int) throws(PythonError) -> (Result, [ThreadingEvent])) throws -> Result {
        let me = _me()
        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        let result: Result
        let events: [ThreadingEvent]
        do {
            (result, events) = try change(me)
        } catch {
            try _raise(error, by: me)
        }
        for event in events { _emit(event) }
        _endTurn()
        return result
    }

    /// Reads shared data under the run's mutex (not a step).
    internal func _read<Result>(_ read: () -> Result) -> Result {
        _lock()
        defer { _unlock() }
        return read()
    }

    internal func _setDeque(_ index: Int, items: [String]) { _deques[index].items = items }
    internal func _setVariable(_ index: Int, value: String) { _variables[index].value = value }
    internal func _isLocked(_ index: Int) -> Bool { _read { _locks[index].holder != nil } }

    // MARK: Bookkeeping (under the mutex, by the thread holding the turn)

    /// Ends the turn reporting `error` as raised, and throws it.
    private func _raise(_ error: PythonError, by me: Int) throws(PythonError) -> Never {
        _emit(.raised(thread: me, error: error))
        _endTurn()
        throw error
    }

    /// Takes lock `index` for `me` with `count` holds, or blocks in line
    /// (a deadlock when that closes a cycle). Ends the turn.
    private func _take(_ index: Int, by me: Int, count: Int, reacquiring condition: Int?) throws {
        let name = _locks[index].name
        guard let holder = _locks[index].holder else {
            precondition(_locks[index].real.tryAcquire(as: me), "lock \(name) is free in the bookkeeping but not for real")
            _locks[index].holder = me
            _locks[index].count = count
            _emit(.acquired(thread: me, lock: name, count: count))
            if let condition { _emit(.waitReturned(thread: me, condition: _conditions[condition].name)) }
            _endTurn()
            return
        }
        _emit(.wait(thread: me, lock: name, holder: holder))
        if let cycle = _graph.addWait(.init(waiter: me, lock: name, holder: holder)) {
            _graph.removeWait(of: me)
            let victim = DeadlockVictim(cycle: cycle.map(\.waiter), report: cycle.map(\.description))
            _emit(.deadlock(cycle: victim.cycle, report: victim.report, victim: me))
            _releaseEverything(held: me)
            _endTurn()
            throw victim
        }
        _locks[index].waiters.append(me)
        _waits[me] = condition.map { .reacquire(name, condition: _conditions[$0].name, holder: holder) } ?? .lock(name, holder: holder)
        _handOverCount[me] = count
        _reacquiringFor[me] = condition
        _gate.block(me)
        let real = _locks[index].real
        _endTurn()

        // Blocked for real until a release hands the lock over (or the run ends).
        guard real.awaitHandOver(to: me) else { throw DeadlockVictim.runStopped }
    }

    /// Releases one hold of lock `index` (by `me`, who may not be the
    /// holder of a plain lock); the last hands the lock to the first waiter.
    private func _releaseOne(_ index: Int, by me: Int) {
        let name = _locks[index].name
        _locks[index].count -= 1
        _emit(.released(thread: me, lock: name, count: _locks[index].count))
        guard _locks[index].count == 0 else { return }
        _locks[index].holder = nil
        guard !_locks[index].waiters.isEmpty else {
            _locks[index].real.release()
            return
        }
        let next = _locks[index].waiters.removeFirst()
        let count = _handOverCount.removeValue(forKey: next) ?? 1
        _locks[index].holder = next
        _locks[index].count = count
        _graph.removeWait(of: next)
        _waits[next] = nil
        for waiter in _locks[index].waiters {
            let cycle = _graph.addWait(.init(waiter: waiter, lock: name, holder: next))
            precondition(cycle == nil, "a hand-over closed a wait-for cycle")
            _waits[waiter] =
                switch _waits[waiter] {
                case .reacquire(_, let condition, _)?: .reacquire(name, condition: condition, holder: next)
                default: .lock(name, holder: next)
                }
        }
        _gate.unblock(next)
        _emit(.acquired(thread: next, lock: name, count: count))
        if let condition = _reacquiringFor.removeValue(forKey: next) {
            _emit(.waitReturned(thread: next, condition: _conditions[condition].name))
        }
        _locks[index].real.release(handingTo: next)
    }

    /// A deadlock victim's back-off: every hold it has, released.
    private func _releaseEverything(held me: Int) {
        for index in _locks.indices.reversed() where _locks[index].holder == me {
            while _locks[index].holder == me { _releaseOne(index, by: me) }
        }
    }

    /// Locks the mutex and waits until `thread` holds the turn; false
    /// (mutex still locked) when the run is over (stopped or stuck), so the
    /// thread unwinds without a turn and unreported.
    private func _beginTurn(_ thread: Int) -> Bool {
        _lock()
        while !_isOver && _gate.current != thread { _wait() }
        guard !_isOver else { return false }
        _emit(.turn(thread: thread))
        return true
    }

    private var _isOver: Bool { _stop != nil || _stuck != nil }

    /// Checks the bookkeeping, reports a stuck end, reports the state,
    /// hands the turn on and unlocks the mutex. After a stop or a stuck
    /// end the bookkeeping is frozen (the final snapshot) while the waiting
    /// threads unwind and end at the gate, so it is checked no more.
    private func _endTurn() {
        if !_isOver {
            _checkInvariants()
            if _gate.runnable.isEmpty && !_gate.allEnded { _declareStuck() }
            _snapshotObserver?(_snapshot())
            if _stuck == nil { _handOn() }
        }
        _broadcast()
        _unlock()
    }

    /// Gives the turn to the next thread, or records why there is none.
    private func _handOn() {
        guard _gate.nextTurn() == nil else { return }
        if let stop = _gate.stop {
            _stop = ScheduleStop(step: stop.step + 1, refused: stop.refused, standings: _standings())
            _finalSnapshot = _snapshot()
            _abandonEverything()
        } else {
            precondition(_gate.allEnded, "GatedThreadingRun: no thread can move but the run is not stuck")
        }
    }

    /// Every live thread waits and none can move: report who waits on
    /// what, freeze the state, and let the waiters unwind.
    private func _declareStuck() {
        var report = _waits.keys.sorted().map { _waits[$0]!.description(thread: $0) }
        let ended = Set(_gate.statuses.indices.filter { _gate.statuses[$0] == .ended }.map { $0 + 1 })
        for lock in _locks {
            if let holder = lock.holder, ended.contains(holder), !lock.waiters.isEmpty {
                report.append("thread \(holder) ended holding lock \(lock.name)")
            }
        }
        report.append("no running thread is left to notify or release: stuck for ever")
        _emit(.stuck(report: report))
        _stuck = report
        _finalSnapshot = _snapshot()
        _abandonEverything()
    }

    /// The run is over: every thread blocked in a real lock or a waiter lock returns and unwinds.
    private func _abandonEverything() {
        for lock in _locks { lock.real.abandon() }
        for condition in _conditions { for waiter in condition.waiters { waiter.token.abandon() } }
    }

    /// Each thread's standing: runnable, waiting (for what), or ended.
    private func _standings() -> [ThreadStanding] {
        _gate.statuses.enumerated().map { index, status in
            let id = index + 1
            switch status {
            case .runnable: return .canMove
            case .ended: return _abortedThreads.contains(id) ? .aborted : .finished
            case .blocked:
                switch _waits[id] {
                case .lock(let lock, let holder)?, .reacquire(let lock, _, let holder)?: return .waits(lock: lock, holder: holder)
                case .condition(let condition, let lock)?: return .waitsOnCondition(condition: condition, lock: lock)
                case nil: preconditionFailure("thread \(id) is blocked at the gate but waits for nothing")
                }
            }
        }
    }

    private func _snapshot() -> ThreadingSnapshot {
        var running: [Int] = []
        var blocked: [Int] = []
        var finished: [Int] = []
        var aborted: [Int] = []
        for (index, status) in _gate.statuses.enumerated() {
            let id = index + 1
            switch status {
            case .runnable: running.append(id)
            case .blocked: blocked.append(id)
            case .ended: if _abortedThreads.contains(id) { aborted.append(id) } else { finished.append(id) }
            }
        }
        return ThreadingSnapshot(
            locks: _locks.map { .init(name: $0.name, reentrant: $0.reentrant, holder: $0.holder, count: $0.count, waiters: $0.waiters) },
            conditions: _conditions.map { .init(name: $0.name, lock: _locks[$0.lock].name, waiters: $0.waiters.map(\.thread)) },
            deques: _deques, variables: _variables, waits: _waits,
            running: running, blocked: blocked, finished: finished, aborted: aborted, stuck: _stuck)
    }

    /// Traps, naming what failed, when the bookkeeping is inconsistent
    /// (see ``_invariantViolation(locks:conditions:waits:graph:statuses:)``).
    /// Called under the mutex at the end of every turn; compiled in only
    /// with STEPVIZ_INTERNAL_CHECKS (debug builds).
    private func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        if let problem = Self._invariantViolation(
            locks: _locks, conditions: _conditions, waits: _waits,
            graph: _graph, statuses: _gate.statuses)
        {
            preconditionFailure("GatedThreadingRun invariant: \(problem)")
        }
        #endif
    }

    private func _emit(_ event: ThreadingEvent) {
        // After a stop or a stuck end the threads only unwind; what they do is not a step.
        guard !_isOver else { return }
        _observer?(event)
    }
    private func _lock() { pthread_mutex_lock(_mutex) }
    private func _unlock() { pthread_mutex_unlock(_mutex) }
    private func _wait() { pthread_cond_wait(_condition, _mutex) }
    private func _broadcast() { pthread_cond_broadcast(_condition) }
}
