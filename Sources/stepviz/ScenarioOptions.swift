import ArgumentParser
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

    var eventRunOptions: EventRunOptions {
        EventRunOptions(ops: ops, seed: seed, maxlen: maxlen, capacity: capacity,
                        scene: scene, threads: threads, ordered: ordered)
    }
}
