#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a body on several real OS threads that take real mutexes, one
/// seeded step at a time, and breaks every deadlock.
///
/// Each lock request, release and thread end is one step: a thread acts only
/// while the ``StepGate`` gives it the turn, so a seed fixes the
/// interleaving and the order of events. A thread that must wait blocks
/// for real in `pthread_mutex_lock`, after handing the turn on. A thread
/// waiting for its turn sleeps on a wake-up of its own, and the thread that
/// hands the turn on wakes exactly the one that gets it (one futex wake; no
/// broadcast that wakes every thread for one of them to run). The locks
/// keep a ``WaitForGraph``; a request that closes a cycle is reported
/// PostgreSQL style and its thread backs off (releases all it holds and gets
/// ``DeadlockVictim``), so every run ends. Nothing waits on a clock.
///
/// A ``TurnSchedule`` names the thread of each step (then the seed
/// decides); a ``TurnChooser`` decides step by step (an exploration of
/// every interleaving). A schedule that cannot be followed, or that ends
/// with `stopsAtEnd`, stops the run: no event is reported after that step,
/// ``scheduleStop`` says where and why, and the threads unwind silently
/// (each pending request throws ``DeadlockVictim/runStopped``, so bodies
/// release what they hold as they would after backing off).
///
///     let x = RankedLock(rank: 1, name: "x"), y = RankedLock(rank: 2, name: "y")
///     let run = GatedThreadRun(seed: 3, threads: 2, locks: [x, y], observer: { event in print(event) })
///     let end = run.run { thread in
///         let (first, second) = thread.id == 1 ? (x, y) : (y, x)
///         try thread.lock(first)
///         try thread.lock(second)
///         thread.unlock(second)
///         thread.unlock(first)
///     }
///     end.finished + end.aborted    // both threads, whatever the schedule
///
/// - Complexity: O(*n*) per step for *n* threads, besides the bodies.
public final class GatedThreadRun: @unchecked Sendable {
    // @unchecked: every stored var is read and written only under `_mutex`.

    /// The number of threads; their ids are 1...threadCount.
    public let threadCount: Int

    @usableFromInline
    internal struct _LockBook {
        let lock: RankedLock
        var holder: Int?
        var count = 0
        /// Blocked threads, first in line first.
        var waiters: [Int] = []
        /// The one waiter allowed inside `pthread_mutex_lock` for this lock,
        /// so the OS hands the mutex to the thread the bookkeeping chose.
        var contender: Int?
    }

    private let _mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// Wakes the blocked threads waiting to become their lock's contender
    /// (rare: only a hand-over changes the contender).
    private let _condition: UnsafeMutablePointer<pthread_cond_t>
    /// Each thread's wake-up (index = id − 1), and whether it sleeps on it
    /// waiting for the turn: the thread handing the turn on wakes the next
    /// one only if it sleeps, so every wake meets exactly one sleep.
    private let _wakeups: [_ThreadWakeup]
    private var _sleeping: [Bool]
    /// Woken once by each thread after its last step: the run's end,
    /// without a join (the threads are borrowed from `_ParkedThreads`).
    private let _threadsEnded = _ThreadWakeup()
    private var _gate: StepGate
    private var _graph = WaitForGraph()
    private var _books: [_LockBook] = []
    private var _bookByRank: [Int: Int] = [:]
    private var _abortedThreads: Set<Int> = []
    private var _started = false
    /// Set when the gate stopped early; from then on nothing is reported.
    private var _stop: ScheduleStop?
    private var _stopSnapshot: LockRunSnapshot?
    private let _observer: (@Sendable (LockEvent) -> Void)?
    private let _snapshotObserver: (@Sendable (LockRunSnapshot) -> Void)?

    /// Prepares a run of `threads` threads (ids 1...threads). `locks` fixes
    /// the order locks appear in snapshots (others are added when first
    /// used); ranks must be distinct. `observer` gets every event and
    /// `snapshotObserver` the state after every step, both in step order
    /// and one at a time. `schedule` names the first steps' threads and
    /// `chooser` decides the rest; without either, the seed does.
    ///
    /// - Complexity: O(*n* + *l*)
    public init(
        seed: UInt64, threads: Int, locks: [RankedLock] = [], maxTurns: Int = 100_000,
        schedule: TurnSchedule? = nil, chooser: (any TurnChooser)? = nil,
        observer: (@Sendable (LockEvent) -> Void)? = nil,
        snapshotObserver: (@Sendable (LockRunSnapshot) -> Void)? = nil
    ) {
        threadCount = threads
        _wakeups = (0..<threads).map { _ in _ThreadWakeup() }
        _sleeping = Array(repeating: false, count: threads)
        _gate = StepGate(seed: seed, threads: threads, maxTurns: maxTurns, schedule: schedule, chooser: chooser)
        _observer = observer
        _snapshotObserver = snapshotObserver
        _mutex = .allocate(capacity: 1)
        _condition = .allocate(capacity: 1)
        pthread_mutex_init(_mutex, nil)
        pthread_cond_init(_condition, nil)
        for lock in locks { _ = _bookIndex(for: lock) }
    }

    deinit {
        pthread_cond_destroy(_condition)
        pthread_mutex_destroy(_mutex)
        _condition.deallocate()
        _mutex.deallocate()
    }

    /// Runs `body` on one real thread per id, waits until every body has
    /// ended and its thread has taken its last step (none is left touching
    /// the run), and returns the final state. The threads are borrowed from
    /// the process's parked threads (`_ParkedThreads`) and park again
    /// after the run: starting and joining threads would cost more than the
    /// run's steps (an exploration runs a scene once per schedule). A body
    /// that throws ends its thread as aborted; locks a body forgot to
    /// release are released when it ends. Call once per run. A run its
    /// schedule stopped returns the state at the stop (what its events show).
    ///
    /// - Complexity: the bodies' steps, O(*n*) each.
    public func run(_ body: @escaping @Sendable (LockingThread) throws -> Void) -> LockRunSnapshot {
        _lock()
        precondition(!_started, "GatedThreadRun.run called twice")
        _started = true
        _handOn()
        _unlock()

        for id in 1...threadCount {
            _ParkedThreads.shared.run { [self] in
                self._threadMain(id: id, body: body)
                // The run is kept alive by this closure until after the wake.
                self._threadsEnded.wake()
            }
        }
        for _ in 1...threadCount { _threadsEnded.sleep() }

        _lock()
        defer { _unlock() }
        return _stopSnapshot ?? _snapshot()
    }

    /// Where the schedule (or the chooser) stopped the run, and every
    /// thread's standing there; nil when the run went to its end.
    ///
    /// - Complexity: O(1)
    public var scheduleStop: ScheduleStop? {
        _lock()
        defer { _unlock() }
        return _stop
    }

    /// The state now (between steps, from any thread).
    public var snapshot: LockRunSnapshot {
        _lock()
        defer { _unlock() }
        return _snapshot()
    }

    private func _threadMain(id: Int, body: @Sendable (LockingThread) throws -> Void) {
        let thread = LockingThread(id: id, run: self)
        var reason: String?
        do {
            try body(thread)
        } catch is DeadlockVictim {
            reason = "deadlock victim"
        } catch is LockOrderViolation {
            reason = LockOrderViolation.message
        } catch {
            reason = "\(error)"
        }
        _beginTurn(id)
        _releaseEverything(held: thread)
        if let reason {
            _abortedThreads.insert(id)
            _emit(.aborted(thread: id, reason: reason))
        } else {
            _emit(.finished(thread: id))
        }
        _gate.end(id)
        _endTurn()
    }

    // MARK: Steps (called by LockingThread on its own thread)

    internal func _request(_ lock: RankedLock, by thread: LockingThread) throws(DeadlockVictim) {
        let me = thread.id
        guard _beginTurn(me) else {
            _unlock()
            throw DeadlockVictim.runStopped
        }
        _emit(.request(thread: me, lock: lock.name, rank: lock.rank))
        let index = _bookIndex(for: lock)
        let holder = _books[index].holder
        if holder == nil || (holder == me && lock.isReentrant) {
            // Free, or ours to count again: taking it cannot block.
            precondition(lock.tryLock(), "lock \(lock.name) is free in the bookkeeping but not in the OS")
            _books[index].holder = me
            _books[index].count += 1
            thread.held.record(lock)
            _emit(.acquired(thread: me, lock: lock.name, count: _books[index].count))
            _endTurn()
            return
        }
        let edge = WaitForGraph.Edge(waiter: me, lock: lock.name, holder: holder!)
        _emit(.wait(thread: me, lock: lock.name, holder: edge.holder))
        if let cycle = _graph.addWait(edge) {
            _graph.removeWait(of: me)
            let victim = DeadlockVictim(cycle: cycle.map(\.waiter), report: cycle.map(\.description))
            _emit(.deadlock(cycle: victim.cycle, report: victim.report, victim: me))
            _releaseEverything(held: thread)
            _endTurn()
            throw victim
        }
        _books[index].waiters.append(me)
        if _books[index].contender == nil { _books[index].contender = me }
        _gate.block(me)
        _endTurn()

        // Blocked: wait to be the one contender, then block for real.
        _lock()
        while _books[index].contender != me { _wait() }
        _unlock()
        let status = pthread_mutex_lock(lock._mutex)
        precondition(status == 0, "pthread_mutex_lock(\(lock.name)) failed (\(status))")
        lock._holdCount += 1
        _lock()
        precondition(_books[index].holder == me, "thread \(me) got \(lock.name) from the OS before it was handed over")
        _books[index].contender = _books[index].waiters.first
        _broadcast()
        _unlock()
        thread.held.record(lock)
    }

    internal func _release(_ lock: RankedLock, by thread: LockingThread) {
        _beginTurn(thread.id)
        _releaseOne(lock, by: thread.id)
        thread.held.forget(lock)
        _endTurn()
    }

    internal func _reportViolation(_ violation: LockOrderViolation, requesting lock: RankedLock, by thread: LockingThread) {
        _beginTurn(thread.id)
        _emit(.request(thread: thread.id, lock: lock.name, rank: lock.rank))
        _emit(.violation(thread: thread.id, lock: violation.lock, held: violation.held))
        _endTurn()
    }

    // MARK: Bookkeeping (under the mutex, by the thread holding the turn)

    /// Locks the mutex and waits until `thread` holds the turn; false
    /// (mutex still locked) when the run has stopped, so the thread acts
    /// without a turn and unreported.
    @discardableResult
    private func _beginTurn(_ thread: Int) -> Bool {
        _lock()
        while _stop == nil && _gate.current != thread {
            _sleeping[thread - 1] = true
            _unlock()
            _wakeups[thread - 1].sleep()
            _lock()
        }
        guard _stop == nil else { return false }
        _emit(.turn(thread: thread))
        return true
    }

    /// Checks the bookkeeping, reports the state, hands the turn on,
    /// unlocks the mutex and wakes the thread that got the turn (or, once
    /// the run has stopped, every thread waiting for a turn, to unwind).
    private func _endTurn() {
        _checkInvariants()
        if _stop == nil {
            _snapshotObserver?(_snapshot())
            _handOn()
        }
        guard _stop == nil else {
            let sleepers = _sleeping.indices.filter { _sleeping[$0] }
            for index in sleepers { _sleeping[index] = false }
            _unlock()
            for index in sleepers { _wakeups[index].wake() }
            return
        }
        // Woken after the unlock, so it does not wake into a held mutex.
        var next: _ThreadWakeup?
        if let current = _gate.current, _sleeping[current - 1] {
            _sleeping[current - 1] = false
            next = _wakeups[current - 1]
        }
        _unlock()
        next?.wake()
    }

    /// Gives the turn to the next thread, or records why there is none.
    private func _handOn() {
        guard _gate.nextTurn() == nil else { return }
        if let stop = _gate.stop {
            _stop = ScheduleStop(step: stop.step + 1, refused: stop.refused, standings: _standings())
            _stopSnapshot = _snapshot()
        } else {
            precondition(_gate.allEnded, "GatedThreadRun stalled: \(_graph.edges.map(\.description))")
        }
    }

    /// Each thread's standing: runnable, waiting (for what, held by whom), or ended.
    private func _standings() -> [ThreadStanding] {
        _gate.statuses.enumerated().map { index, status in
            let id = index + 1
            switch status {
            case .runnable: return .canMove
            case .ended: return _abortedThreads.contains(id) ? .aborted : .finished
            case .blocked:
                guard let edge = _graph.edge(from: id) else {
                    preconditionFailure("thread \(id) is blocked at the gate but waits for no lock")
                }
                return .waits(lock: edge.lock, holder: edge.holder)
            }
        }
    }

    private func _releaseEverything(held thread: LockingThread) {
        for entry in thread.held.entries.reversed() {
            for _ in 0..<entry.count { _releaseOne(entry.lock, by: thread.id) }
        }
        thread.held.removeAll()
    }

    /// Releases one hold; the last hold hands the lock to the first waiter.
    private func _releaseOne(_ lock: RankedLock, by me: Int) {
        let index = _bookIndex(for: lock)
        precondition(_books[index].holder == me, "thread \(me) releases \(lock.name) held by \(String(describing: _books[index].holder))")
        lock.unlock()
        _books[index].count -= 1
        _emit(.released(thread: me, lock: lock.name, count: _books[index].count))
        guard _books[index].count == 0 else { return }
        _books[index].holder = nil
        guard !_books[index].waiters.isEmpty else { return }
        let next = _books[index].waiters.removeFirst()
        _books[index].holder = next
        _books[index].count = 1
        _graph.removeWait(of: next)
        for waiter in _books[index].waiters {
            let cycle = _graph.addWait(.init(waiter: waiter, lock: lock.name, holder: next))
            precondition(cycle == nil, "a hand-over closed a wait-for cycle")
        }
        _gate.unblock(next)
        _emit(.acquired(thread: next, lock: lock.name, count: 1))
    }

    private func _bookIndex(for lock: RankedLock) -> Int {
        if let index = _bookByRank[lock.rank] {
            precondition(_books[index].lock === lock, "two locks share rank \(lock.rank): \(_books[index].lock.name), \(lock.name)")
            return index
        }
        _books.append(_LockBook(lock: lock))
        _bookByRank[lock.rank] = _books.count - 1
        return _books.count - 1
    }

    private func _snapshot() -> LockRunSnapshot {
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
        return LockRunSnapshot(
            locks: _books.map { .init(name: $0.lock.name, rank: $0.lock.rank, holder: $0.holder, count: $0.count, waiters: $0.waiters) },
            running: running, blocked: blocked, finished: finished, aborted: aborted)
    }

    /// Traps, naming what failed, when the bookkeeping is inconsistent
    /// (see ``_invariantViolation(books:graph:statuses:)``). Called under
    /// the mutex at the end of every turn; compiled in only with
    /// STEPVIZ_INTERNAL_CHECKS (debug builds).
    private func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        if let problem = Self._invariantViolation(books: _books, graph: _graph, statuses: _gate.statuses) {
            preconditionFailure("GatedThreadRun invariant: \(problem)")
        }
        #endif
    }

    private func _emit(_ event: LockEvent) {
        // After a stop the threads only unwind; what they do is not a step.
        guard _stop == nil else { return }
        _observer?(event)
    }
    private func _lock() { pthread_mutex_lock(_mutex) }
    private func _unlock() { pthread_mutex_unlock(_mutex) }
    private func _wait() { pthread_cond_wait(_condition, _mutex) }
    private func _broadcast() { pthread_cond_broadcast(_condition) }
}
