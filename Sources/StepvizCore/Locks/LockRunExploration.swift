/// A lock scene as an ``InterleavingSubject``: `threads` real threads
/// running `body` in a ``GatedThreadRun`` over `locks`, driven step by
/// step by an explorer. Its end state is the run's final snapshot; its
/// state fingerprint is the snapshot plus what each body has been told
/// (``StateFingerprint``).
///
/// A step's footprint numbers each lock (its index in `locks`) and each
/// thread's wait-for edge (after the locks): a request and a release touch
/// their lock; a request that waits also touches its own edge and every
/// edge its cycle check walks; a release that hands a lock over touches
/// the edges of that lock's waiters. What a step does depends only on
/// these, so steps with disjoint footprints commute.
///
///     let subject = LockRunExploration(threads: 2, locks: [x, y], body: scene.body)
///     InterleavingExplorer(subject: subject).explore().deadlocks.count
///
/// - Complexity: O(*e* + *n l*) per step for *e* events, *n* threads and
///   *l* locks, besides the run.
public struct LockRunExploration: InterleavingSubject, Sendable {
    /// How many threads the scene runs.
    public let threads: Int
    /// The locks they share.
    public let locks: [RankedLock]
    /// What each thread runs (the same for all; it reads its own id).
    public let body: @Sendable (LockingThread) throws -> Void

    /// The scene of `threads` threads running `body`; `locks` must be
    /// every lock the body takes.
    public init(threads: Int, locks: [RankedLock], body: @escaping @Sendable (LockingThread) throws -> Void) {
        self.threads = threads
        self.locks = locks
        self.body = body
    }

    /// The state of a lock scene between two steps, exactly: every lock's
    /// holder, hold count and waiters in line, every thread's status, and
    /// what each body has been told by its own steps.
    ///
    /// Why that is the whole state: a body is deterministic code whose only
    /// inputs are the outcomes of its own gated calls (a request returns,
    /// or throws a ``DeadlockVictim`` or ``LockOrderViolation``; a release
    /// and the end return), so the sequence of those outcomes fixes what it
    /// does next and what ``HeldLocks`` it keeps; a throw is exactly a step
    /// with findings, and the finding names what was thrown. Whether a
    /// request waited before it returned is not seen by the body (the
    /// snapshot says who is still waiting), so it is left out and the runs
    /// that only differ there merge. Everything else a run keeps (the
    /// wait-for graph, the OS mutexes, which waiter may enter
    /// `pthread_mutex_lock`) follows from the snapshot.
    ///
    ///     // two threads, x held by 1 with 2 waiting; 1 took two steps, 2 one
    ///     StateFingerprint(shared: [1, 1, 1, 2, 0, 0, 0, 0, 1], told: [[[], []], [[]]])
    ///
    /// - Complexity: O(*l* + *n* + *s*) memory for *l* locks, *n* threads
    ///   and *s* steps.
    public struct StateFingerprint: Hashable, Sendable {
        /// Per lock: holder (0 when free), holds, number of waiters, the
        /// waiters; then per thread its status (0 running, 1 blocked,
        /// 2 finished, 3 aborted).
        public var shared: [Int]
        /// Per thread (index = id − 1), per own step, what it was thrown
        /// (the step's findings; empty when the call returned).
        public var told: [[[InterleavingFinding]]]
    }

    public func execute(choose: @escaping @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision)
        -> (steps: [ExploredStep], endState: LockRunSnapshot?, finalState: StateFingerprint)
    {
        let recorder = _Recorder(lockNames: locks.map(\.name), threads: threads, choose: choose)
        let run = GatedThreadRun(
            seed: 0, threads: threads, locks: locks, chooser: recorder,
            observer: { recorder.events.append($0) },
            snapshotObserver: { recorder.after = $0 })
        recorder.before = run.snapshot
        let end = run.run(body)
        recorder.closeStep()
        return (recorder.steps, run.scheduleStop == nil ? end : nil, recorder.fingerprint())
    }

    /// Collects one run's events into steps. Every call comes under the
    /// run's mutex, one at a time (observers and the chooser alike).
    private final class _Recorder: TurnChooser, @unchecked Sendable {
        let lockIndex: [String: Int]
        let choose: @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision
        var events: [LockEvent] = []
        /// What each body has been told so far (``StateFingerprint/told``).
        var told: [[[InterleavingFinding]]]
        var before: LockRunSnapshot?
        var after: LockRunSnapshot?
        var steps: [ExploredStep] = []

        init(lockNames: [String], threads: Int, choose: @escaping @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision) {
            lockIndex = Dictionary(uniqueKeysWithValues: lockNames.enumerated().map { ($1, $0) })
            told = Array(repeating: [], count: threads)
            self.choose = choose
        }

        func chooseTurn(step: Int, runnable: [Int]) -> TurnDecision {
            closeStep()
            return choose(step, runnable, steps.last, fingerprint())
        }

        /// The state now: the snapshot after the last closed step, and `told`.
        func fingerprint() -> StateFingerprint {
            guard let before else { preconditionFailure("LockRunExploration: no snapshot before the first step") }
            var shared: [Int] = []
            shared.reserveCapacity(before.locks.count * 4 + told.count)
            for lock in before.locks {
                shared += [lock.holder ?? 0, lock.count, lock.waiters.count]
                shared += lock.waiters
            }
            var status = [Int](repeating: 0, count: told.count)
            for id in before.blocked { status[id - 1] = 1 }
            for id in before.finished { status[id - 1] = 2 }
            for id in before.aborted { status[id - 1] = 3 }
            return StateFingerprint(shared: shared + status, told: told)
        }

        /// Turns the events since the last turn into a step.
        func closeStep() {
            guard case .turn(let mover)? = events.first, let before else { return }
            let edgeBase = lockIndex.count - 1
            var objects: [Int] = []
            var wakes: [Int] = []
            var findings: [InterleavingFinding] = []
            // Who each blocked thread waits for, before this step.
            var waitsFor: [Int: Int] = [:]
            for lock in before.locks { for waiter in lock.waiters { waitsFor[waiter] = lock.holder } }
            for event in events.dropFirst() {
                switch event {
                case .request(_, let lock, _), .released(_, let lock, _):
                    objects.append(index(lock))
                case .acquired(let thread, let lock, _):
                    objects.append(index(lock))
                    if thread != mover {
                        // A hand-over: the new holder's edge goes, the other waiters' edges move.
                        wakes.append(thread)
                        objects.append(edgeBase + thread)
                        for waiter in before.locks[index(lock)].waiters { objects.append(edgeBase + waiter) }
                    }
                case .wait(let thread, let lock, let holder):
                    objects.append(index(lock))
                    objects.append(edgeBase + thread)
                    // The cycle check walks waiter → holder → what that holder waits for ...
                    var next: Int? = holder
                    var seen: Set<Int> = [thread]
                    while let current = next, seen.insert(current).inserted {
                        objects.append(edgeBase + current)
                        next = waitsFor[current]
                    }
                case .deadlock(_, let report, let victim):
                    findings.append(.init(kind: .deadlock, summary: report.joined(separator: "; ") + " (victim: thread \(victim))"))
                case .violation(let thread, let lock, let held):
                    findings.append(
                        .init(
                            kind: .violation,
                            summary: "thread \(thread) asked for lock \(lock) while holding \(held.joined(separator: ", "))"))
                case .turn, .aborted, .finished:
                    break
                }
            }
            steps.append(ExploredStep(thread: mover, objects: objects, wakes: wakes, findings: findings))
            told[mover - 1].append(findings)
            events.removeAll(keepingCapacity: true)
            self.before = after
        }

        private func index(_ lock: String) -> Int {
            guard let index = lockIndex[lock] else {
                preconditionFailure("LockRunExploration: lock \(lock) is not among the scene's locks")
            }
            return index
        }
    }
}
