/// A threading scene as an ``InterleavingSubject``: every execution makes
/// a fresh ``GatedThreadingRun`` of `scene` and lets the explorer pick
/// each step. Its end state is the run's final snapshot (stuck or not);
/// its findings are deadlocks, stuck ends and raised errors.
///
/// Every step's footprint is the one shared object 0: any two steps are
/// taken as dependent. That is always sound (no order is skipped that
/// could matter); the reductions then gain only from state caching, which
/// for these scenes is what counts (a notify and a re-acquire touch the
/// same condition and lock anyway).
///
///     let subject = ThreadingRunExploration(scene: try ThreadingScene(.stolenWakeup))
///     InterleavingExplorer(subject: subject).explore().errors.first?.schedule
///
/// - Complexity: O(*e*) per step for *e* events, besides the run.
public struct ThreadingRunExploration: InterleavingSubject, Sendable {
    /// The scene explored.
    public let scene: ThreadingScene

    /// An exploration of `scene`.
    public init(scene: ThreadingScene) { self.scene = scene }

    /// The state between two steps, exactly: the run's snapshot (locks,
    /// conditions and their waiters, shared deques and variables, each
    /// thread's status and wait) and, per thread, the events of each of
    /// its own steps as far as they concern it. A scene body is
    /// deterministic code whose inputs are the outcomes of its own gated
    /// calls and the shared data it reads under a lock; every change of
    /// shared data is a step whose action is in its thread's list and
    /// whose result is in the snapshot, so equal fingerprints have equal
    /// futures.
    ///
    /// - Complexity: O(*s*) memory for *s* steps taken.
    public struct StateFingerprint: Hashable, Sendable {
        /// The whole state of the run.
        public var snapshot: ThreadingSnapshot
        /// What each thread's body has been told by its own steps, by thread
        /// and step: a body's only inputs (each step's events, less what they
        /// say of other threads; see `toldPart(of:mover:)`).
        public var told: [[[ThreadingEvent]]]
    }

    public func execute(choose: @escaping @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision)
        -> (steps: [ExploredStep], endState: ThreadingSnapshot?, finalState: StateFingerprint)
    {
        let recorder = _Recorder(threads: scene.threads, choose: choose)
        let (run, body) = scene.makeRun(
            seed: 0, chooser: recorder,
            observer: { recorder.events.append($0) },
            snapshotObserver: { recorder.after = $0 })
        recorder.before = run.snapshot
        let end = run.run(body)
        recorder.closeStep()
        return (recorder.steps, run.scheduleStop == nil ? end : nil, recorder.fingerprint())
    }

    /// Collects one run's events into steps; every call comes under the
    /// run's mutex, one at a time.
    private final class _Recorder: TurnChooser, @unchecked Sendable {
        let choose: @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision
        var events: [ThreadingEvent] = []
        var told: [[[ThreadingEvent]]]
        var before: ThreadingSnapshot?
        var after: ThreadingSnapshot?
        var steps: [ExploredStep] = []

        init(threads: Int, choose: @escaping @Sendable (Int, [Int], ExploredStep?, StateFingerprint) -> TurnDecision) {
            told = Array(repeating: [], count: threads)
            self.choose = choose
        }

        func chooseTurn(step: Int, runnable: [Int]) -> TurnDecision {
            closeStep()
            return choose(step, runnable, steps.last, fingerprint())
        }

        func fingerprint() -> StateFingerprint {
            guard let before else { preconditionFailure("ThreadingRunExploration: no snapshot before the first step") }
            return StateFingerprint(snapshot: before, told: told)
        }

        func closeStep() {
            guard case .turn(let mover)? = events.first else { return }
            var wakes: [Int] = []
            var findings: [InterleavingFinding] = []
            let own = Array(events.dropFirst())
            for event in own {
                switch event {
                case .acquired(let thread, _, _) where thread != mover: wakes.append(thread)
                case .notify(_, _, _, let woken, _): wakes += woken
                case .deadlock(_, let report, let victim):
                    findings.append(.init(kind: .deadlock, summary: report.joined(separator: "; ") + " (victim: thread \(victim))"))
                case .stuck(let report):
                    findings.append(.init(kind: .stuck, summary: report.joined(separator: "; ")))
                case .raised(let thread, let error):
                    findings.append(.init(kind: .error, summary: "thread \(thread) raised \(error)"))
                default: break
                }
            }
            steps.append(ExploredStep(thread: mover, objects: [0], wakes: wakes, findings: findings))
            told[mover - 1].append(own.compactMap { Self.toldPart(of: $0, mover: mover) })
            events.removeAll(keepingCapacity: true)
            if let after { before = after }
        }

        /// What of a step's event its mover's body can have learnt: the
        /// step's own action and outcome (which call, a popped item, an
        /// error, being the deadlock victim), without what it says of other
        /// threads (a holder, who was woken or handed a lock, the waiters
        /// and deque contents after it), which the body never sees and the
        /// snapshot holds anyway. Keeping those split equal states by the
        /// path to them (who held a lock when a thread had to wait for it),
        /// multiplying the states of a three-thread queue past reach.
        static func toldPart(of event: ThreadingEvent, mover: Int) -> ThreadingEvent? {
            switch event {
            case .acquired(let thread, _, _) where thread != mover: nil
            case .waitReturned(let thread, _) where thread != mover: nil
            case .wait(let thread, let lock, _): .wait(thread: thread, lock: lock, holder: 0)
            case .deadlock(_, _, let victim): .deadlock(cycle: [], report: [], victim: victim)
            case .conditionWait(let thread, let condition, let lock, let saved, _):
                .conditionWait(thread: thread, condition: condition, lock: lock, savedCount: saved, waiters: [])
            case .notify(let thread, let condition, _, _, _):
                // notify_all's n is len(_waiters): also the others' doing.
                .notify(thread: thread, condition: condition, requested: 0, woken: [], waiters: [])
            case .appended(let thread, let deque, let item, _): .appended(thread: thread, deque: deque, item: item, items: [])
            case .poppedLeft(let thread, let deque, let item, _): .poppedLeft(thread: thread, deque: deque, item: item, items: [])
            default: event
            }
        }
    }
}
