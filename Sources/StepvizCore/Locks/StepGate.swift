/// The choice of which thread takes the next step: among the threads that
/// can run (not blocked on a lock, not ended), the one a ``TurnSchedule``
/// names, or the one a ``TurnChooser`` picks, or else one picked with a
/// ``SeededGenerator``, so a seed (and a schedule) reproduces the
/// interleaving exactly.
///
/// A value type with no threads of its own: ``GatedThreadRun`` keeps one
/// under its mutex and lets a real thread act only while it holds the turn.
///
///     var gate = StepGate(seed: 7, threads: 2)
///     let first = gate.nextTurn()    // 1 or 2, the same for seed 7 every time
///     gate.block(first!)             // it waits for a lock
///     gate.nextTurn()                // the other one
///
/// - Complexity: O(*n*) per turn for *n* threads.
public struct StepGate: Sendable {
    /// Where a thread is, as far as the gate is concerned.
    public enum Status: Sendable, Equatable {
        /// Can take the next turn.
        case runnable
        /// Waits for a lock; only a release makes it runnable again.
        case blocked
        /// Its body returned or threw; it takes no more turns.
        case ended
    }

    /// Each thread's status; thread ids are 1...count.
    public private(set) var statuses: [Status]
    /// The thread holding the turn, if any.
    public private(set) var current: Int?
    /// Turns handed out so far.
    public private(set) var turns = 0
    /// The most turns a run may take: a bug that loops is a trap, not a hang.
    public let maxTurns: Int

    /// Why the gate stopped handing out turns before every thread ended:
    /// the schedule named a thread that could not move, its list ran out
    /// with `stopsAtEnd`, or the chooser said stop. Nil while it runs.
    public private(set) var stop: Stop?

    /// A stop: at `step` (0-based, the turn not handed out), with the
    /// thread the schedule named if it could not move.
    public struct Stop: Sendable, Equatable {
        /// The step not taken, 0-based.
        public let step: Int
        /// The thread the schedule named for it, when that thread could not move.
        public let refused: Int?
    }

    @usableFromInline
    internal var _random: SeededGenerator
    private let _schedule: TurnSchedule?
    private let _chooser: (any TurnChooser)?

    /// Threads 1...threads, all runnable, nobody holding the turn yet. The
    /// steps follow `schedule` while it lasts, else `chooser`, else the
    /// seed; the seed's generator is untouched by scheduled steps, so a
    /// schedule's tail is the seed's own sequence.
    ///
    /// - Complexity: O(*n*)
    public init(
        seed: UInt64, threads: Int, maxTurns: Int = 1_000_000,
        schedule: TurnSchedule? = nil, chooser: (any TurnChooser)? = nil
    ) {
        precondition(threads > 0, "StepGate needs at least one thread")
        statuses = Array(repeating: .runnable, count: threads)
        _random = SeededGenerator(seed: seed)
        self.maxTurns = maxTurns
        _schedule = schedule
        _chooser = chooser
    }

    /// The thread ids that can take a turn, ascending.
    ///
    /// - Complexity: O(*n*)
    public var runnable: [Int] { statuses.indices.filter { statuses[$0] == .runnable }.map { $0 + 1 } }

    /// Whether every thread has ended.
    ///
    /// - Complexity: O(*n*)
    public var allEnded: Bool { statuses.allSatisfy { $0 == .ended } }

    /// Some thread is blocked and none can run: a deadlock the lock layer
    /// failed to break. Never true in a correct run.
    ///
    /// - Complexity: O(*n*)
    public var isStalled: Bool { runnable.isEmpty && !allEnded }

    /// Hands the turn to the scheduled, chosen or seeded thread among the
    /// runnable ones and returns it; nil (and nobody holds the turn) when
    /// none can run or the gate stopped (see ``stop``).
    ///
    /// - Complexity: O(*n*), besides the chooser.
    public mutating func nextTurn() -> Int? {
        current = nil
        guard stop == nil else { return nil }
        let candidates = runnable
        let step = turns
        var chosen: Int?
        if let schedule = _schedule, step < schedule.threads.count {
            let named = schedule.threads[step]
            guard candidates.contains(named) else {
                stop = Stop(step: step, refused: named)
                return nil
            }
            chosen = named
        }
        guard !candidates.isEmpty else { return nil }
        if chosen == nil, let schedule = _schedule, schedule.stopsAtEnd {
            stop = Stop(step: step, refused: nil)
            return nil
        }
        if chosen == nil, let chooser = _chooser {
            switch chooser.chooseTurn(step: step, runnable: candidates) {
            case .take(let thread):
                precondition(
                    candidates.contains(thread), "TurnChooser picked thread \(thread), which cannot move (runnable: \(candidates))")
                chosen = thread
            case .stop:
                stop = Stop(step: step, refused: nil)
                return nil
            }
        }
        turns += 1
        precondition(turns <= maxTurns, "StepGate: more than \(maxTurns) turns; a thread body never ends")
        // Only the seed's own choices draw from the generator, as they always did.
        let taken = chosen ?? (candidates.count == 1 ? candidates[0] : candidates[Int.random(in: 0..<candidates.count, using: &_random)])
        current = taken
        return taken
    }

    /// `thread` waits for a lock: it takes no turn until ``unblock(_:)``.
    ///
    /// - Complexity: O(1)
    public mutating func block(_ thread: Int) { set(thread, .blocked) }

    /// `thread` got the lock it waited for and can take turns again.
    ///
    /// - Complexity: O(1)
    public mutating func unblock(_ thread: Int) { set(thread, .runnable) }

    /// `thread`'s body returned or threw; it takes no more turns.
    ///
    /// - Complexity: O(1)
    public mutating func end(_ thread: Int) { set(thread, .ended) }

    private mutating func set(_ thread: Int, _ status: Status) {
        precondition(statuses.indices.contains(thread - 1), "StepGate: no thread \(thread)")
        precondition(statuses[thread - 1] != .ended, "StepGate: thread \(thread) has ended")
        statuses[thread - 1] = status
    }
}
