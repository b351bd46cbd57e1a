/// Where a scheduled run stopped, and the choice it stood before: the
/// standing of every thread at the step not taken. A ``TurnSchedule`` that
/// names a thread that cannot move stops here with `refused` set (bad
/// input); a `--schedule-only` run that used up its list stops here with
/// `refused` nil, which is the "you schedule" mode's question: who can
/// move now, and why not the others.
///
///     let stop = run.scheduleStop!
///     stop.message    // "step 4: thread 2 is blocked waiting for lock x held by thread 1"
///     stop.movable    // [1]
///
/// - Complexity: O(*n*) memory for *n* threads.
public struct ScheduleStop: Sendable, Hashable {
    /// What the schedule picks: threads (locks) or coroutines (schedulers).
    public enum Subject: Sendable, Hashable {
        /// The threads of a locks or threading scene.
        case threads
        /// The coroutines of a scheduler scene.
        case coroutines

        /// `thread`, `coroutine`.
        public var noun: String { self == .threads ? "thread" : "coroutine" }
        /// The short mark the panels use: `T2`, `#2`.
        public var mark: String { self == .threads ? "T" : "#" }
    }

    /// Threads or coroutines.
    public let subject: Subject
    /// The step not taken, counting from 1 (the schedule's position).
    public let step: Int
    /// The thread the schedule named for that step when it could not move.
    public let refused: Int?
    /// Every thread's standing at that step; thread *t* is at index *t* − 1.
    public let standings: [ThreadStanding]

    /// A stop at `step` (from 1) with these standings.
    ///
    /// - Complexity: O(1)
    public init(step: Int, refused: Int?, standings: [ThreadStanding], subject: Subject = .threads) {
        self.subject = subject
        self.step = step
        self.refused = refused
        self.standings = standings
    }

    /// The threads that could take the step, ascending.
    ///
    /// - Complexity: O(*n*)
    public var movable: [Int] { standings.indices.filter { standings[$0] == .canMove }.map { $0 + 1 } }

    /// Why `thread` can or cannot move here, naming a thread that does not exist.
    ///
    /// - Complexity: O(1)
    public func reason(thread: Int) -> String {
        guard standings.indices.contains(thread - 1) else {
            return "there is no \(subject.noun) \(thread) (the run has \(subject.noun)s 1 to \(standings.count))"
        }
        return standings[thread - 1].reason(subject, thread)
    }

    /// `step 4: thread 2 is blocked waiting for lock x held by thread 1`,
    /// or, at the end of a list, `stopped before step 4; threads 1, 3 can move`.
    ///
    /// - Complexity: O(*n*)
    public var message: String {
        if let refused { return "step \(step): \(reason(thread: refused))" }
        let movable = self.movable
        if movable.isEmpty { return "stopped before step \(step); no \(subject.noun) can move" }
        return "stopped before step \(step); \(subject.noun)\(movable.count == 1 ? "" : "s") "
            + movable.map(String.init).joined(separator: ", ") + " can move"
    }
}
