/// The seeded choice of which thread takes the next step: among the threads
/// that can run (not blocked on a lock, not ended), one is picked with a
/// ``SeededGenerator``, so a seed reproduces the interleaving exactly.
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

    @usableFromInline
    internal var _random: SeededGenerator

    /// Threads 1...threads, all runnable, nobody holding the turn yet.
    ///
    /// - Complexity: O(*n*)
    public init(seed: UInt64, threads: Int, maxTurns: Int = 1_000_000) {
        precondition(threads > 0, "StepGate needs at least one thread")
        statuses = Array(repeating: .runnable, count: threads)
        _random = SeededGenerator(seed: seed)
        self.maxTurns = maxTurns
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

    /// Hands the turn to a seeded choice among the runnable threads and
    /// returns it; nil (and nobody holds the turn) when none can run.
    ///
    /// - Complexity: O(*n*)
    public mutating func nextTurn() -> Int? {
        let candidates = runnable
        guard !candidates.isEmpty else {
            current = nil
            return nil
        }
        turns += 1
        precondition(turns <= maxTurns, "StepGate: more than \(maxTurns) turns; a thread body never ends")
        let chosen = candidates.count == 1 ? candidates[0] : candidates[Int.random(in: 0..<candidates.count, using: &_random)]
        current = chosen
        return chosen
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
