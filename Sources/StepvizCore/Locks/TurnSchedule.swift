/// The threads named step by step (`--schedule 1,2,2,1`): step *k* is
/// taken by `threads[k]`; after the list the seed decides, or, with
/// `stopsAtEnd` (`--schedule-only`), the run stops there.
///
/// A schedule naming a thread that cannot move at its step (blocked,
/// ended, or no such thread) stops the run at that step; the run's
/// ``ScheduleStop`` says why. The real run is the check: nothing simulates
/// it.
///
///     let schedule = TurnSchedule(threads: [1, 2, 2, 1], stopsAtEnd: true)
///     GatedThreadRun(seed: 1, threads: 2, schedule: schedule)
///
/// - Complexity: O(1) per step.
public struct TurnSchedule: Sendable, Hashable {
    /// The thread of each step, in order (ids from 1).
    public var threads: [Int]
    /// Whether the run stops when the list ends instead of going on by seed.
    public var stopsAtEnd: Bool

    /// The schedule `threads`, then the seed (or a stop, with `stopsAtEnd`).
    ///
    /// - Complexity: O(1)
    public init(threads: [Int], stopsAtEnd: Bool = false) {
        self.threads = threads
        self.stopsAtEnd = stopsAtEnd
    }

    /// `1,2,2,1`: the `--schedule` a person can paste.
    ///
    /// - Complexity: O(*k*) for *k* steps.
    public var commandLine: String { threads.map(String.init).joined(separator: ",") }
}
