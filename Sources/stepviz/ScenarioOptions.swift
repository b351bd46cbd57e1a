import ArgumentParser
import Foundation
import StepvizEvents

/// What a run is made of: the operations (or the seeded demo) and the
/// options some panels take. Shared by `watch`, `events` and `record`.
/// Numeric options parse `.unconditional`ly, so a negative value such as
/// `--maxlen -2` reaches the panel's own check and is named in its error,
/// instead of being taken for an option.
struct ScenarioOptions: ParsableArguments {
    @Option(help: "Operations, ';'-separated, e.g. \"push 3; pop\" (default: the panel's demo).")
    var ops: String?

    @Option(parsing: .unconditional, help: "Seed for the demo values and thread schedules.")
    var seed: UInt64 = 1

    @Option(parsing: .unconditional, help: "deque: bounded length.")
    var maxlen: Int?

    @Option(parsing: .unconditional, help: "lru: how many entries the cache holds.")
    var capacity: Int?

    @Option(help: "locks: ordered, naive, violation or philosophers; scheduler: tasks or actors.")
    var scene: String?

    @Option(parsing: .unconditional, help: "locks: number of threads (philosophers).")
    var threads: Int?

    @Flag(help: "locks: philosophers take their forks in rank order.")
    var ordered = false

    @Option(help: ArgumentHelp("locks: the thread of each step, e.g. 1,2,2,1, then the seed decides; scheduler: the coroutine each turn resumes, then round robin.", valueName: "list"),
            transform: { text in try Self.parseSchedule(text) })
    var schedule: [Int]?

    @Flag(help: "locks, scheduler: stop when the --schedule list ends.")
    var scheduleOnly = false

    var eventRunOptions: EventRunOptions {
        EventRunOptions(ops: ops, seed: seed, maxlen: maxlen, capacity: capacity,
                        scene: scene, threads: threads, ordered: ordered,
                        schedule: schedule, scheduleOnly: scheduleOnly)
    }

    /// `1,2,2,1` (spaces allowed) into thread ids, each at least 1; the
    /// error names the step (ArgumentParser puts it after the value).
    static func parseSchedule(_ text: String) throws -> [Int] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var threads: [Int] = []
        for (index, piece) in pieces.enumerated() {
            guard let thread = Int(piece), thread >= 1 else {
                throw ScheduleListError(description: "step \(index + 1), '\(piece)', is not a thread id (a list such as 1,2,2,1)")
            }
            threads.append(thread)
        }
        return threads
    }
}

/// Why a `--schedule` value is not a list of thread ids.
struct ScheduleListError: Error, CustomStringConvertible {
    let description: String
}
