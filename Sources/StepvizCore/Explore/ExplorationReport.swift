/// What a search over the interleavings of a subject found: how many
/// schedules it ran (and, with state caching, how many distinct states),
/// the distinct end states, the deadlocks and violations, the shortest
/// schedule found to each, and whether it stopped early.
///
///     report.findings.first?.schedule    // [1, 2, 2, 1]: paste as --schedule 1,2,2,1
///
/// - Complexity: O(*e* + *f*) memory for *e* end states and *f* findings.
public struct ExplorationReport<EndState: Hashable & Sendable>: Sendable {
    /// A finding and the shortest schedule found that runs into it (the
    /// finding is in the schedule's last step).
    public struct Found: Sendable, Hashable {
        /// What was found.
        public var finding: InterleavingFinding
        /// The shortest schedule that reaches it: who moves at each step.
        public var schedule: [Int]
    }

    /// Which reduction ran.
    public var reduction: ExplorationReduction
    /// Runs made: complete ones plus those cut where every move left was
    /// asleep (an order already covered) or by the state cache.
    public var schedulesTried = 0
    /// Runs that went to their end.
    public var completeRuns = 0
    /// Runs stopped by the sleep sets before their end.
    public var sleepBlockedRuns = 0
    /// Runs stopped by the state cache: they reached a state already
    /// found, whose future was explored from there (state caching only).
    public var cacheCutRuns = 0
    /// Distinct states found (state caching only; 0 otherwise).
    public var distinctStates = 0
    /// Steps between distinct states found, each taken once (state
    /// caching only; 0 otherwise).
    public var stateEdges = 0
    /// Of those, the steps not run but inferred by commuting two
    /// independent steps (a diamond of the state graph).
    public var inferredStateEdges = 0
    /// How many complete schedules the subject has (what brute force would
    /// run), counted on the state graph; nil unless a state-caching search
    /// went to its end.
    public var completeSchedules: Double?
    /// Each distinct end state, with the shortest schedule found to it.
    public var endStates: [EndState: [Int]] = [:]
    /// Each distinct deadlock and violation, shortest schedule first found
    /// ordered by kind and summary.
    public var findings: [Found] = []
    /// The most steps in one run.
    public var maxDepth = 0
    /// Whether `--max-schedules` ended the search with orders left to try.
    public var stoppedEarly = false
    /// Wall-clock seconds the search took.
    public var seconds = 0.0
    /// Shortest schedules that did not replay to their finding (the
    /// longer schedule that found it was kept instead); 0 unless a
    /// footprint is wrong.
    public var replayMismatches = 0

    /// An empty report of a search with `reduction`.
    public init(reduction: ExplorationReduction) { self.reduction = reduction }

    /// Schedules tried per second.
    public var schedulesPerSecond: Double { seconds > 0 ? Double(schedulesTried) / seconds : 0 }
    /// The deadlocks found.
    public var deadlocks: [Found] { findings.filter { $0.finding.kind == .deadlock } }
    /// The violations found.
    public var violations: [Found] { findings.filter { $0.finding.kind == .violation } }
    /// The stuck ends found (every live thread waiting, nobody to wake them).
    public var stuckEnds: [Found] { findings.filter { $0.finding.kind == .stuck } }
    /// The errors raised (`IndexError`, `RuntimeError` ...).
    public var errors: [Found] { findings.filter { $0.finding.kind == .error } }
}
