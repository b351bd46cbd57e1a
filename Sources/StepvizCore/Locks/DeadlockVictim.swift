/// Thrown to the thread chosen to back off when its request closed a cycle
/// in the wait-for graph. By the time it is thrown the thread has released
/// every lock it held, so the others can go on.
///
///     do { try thread.lock(y) } catch let victim as DeadlockVictim {
///         victim.report    // ["thread 2 waits for lock x; blocked by thread 1", ...]
///     }
public struct DeadlockVictim: Error, Equatable, Sendable, CustomStringConvertible {
    /// The threads in the cycle, starting with the victim.
    public let cycle: [Int]
    /// One line per edge, PostgreSQL style.
    public let report: [String]

    /// The victim of the wait-for cycle `cycle` (thread ids, the asker first), with the report's lines.
    public init(cycle: [Int], report: [String]) {
        self.cycle = cycle
        self.report = report
    }

    /// Thrown to every thread still asking for a lock after its run's
    /// schedule stopped the run: the thread backs off as a victim would
    /// (its body's cleanup releases what it holds), unreported, so the run
    /// can end with no step beyond the stop. A body that catches it and
    /// asks again gets it again.
    public static let runStopped = DeadlockVictim(cycle: [], report: ["the schedule stopped the run"])

    public var description: String { (["deadlock detected"] + report).joined(separator: "\n") }
}
