/// The command-line options of `stepviz events` that reach a panel's run.
/// Each panel reads the ones it understands and rejects values it cannot use.
public struct EventRunOptions: Sendable, Equatable {
    /// `--ops`: the `;`-separated operations, or nil for the panel's demo.
    public var ops: String?
    /// `--seed`: fixes every random choice (demo values, thread schedules).
    public var seed: UInt64
    /// `--maxlen` (deque).
    public var maxlen: Int?
    /// `--capacity` (lru).
    public var capacity: Int?
    /// `--scene` (locks: ordered, naive, violation, philosophers; scheduler: actors).
    public var scene: String?
    /// `--threads` (locks).
    public var threads: Int?
    /// `--ordered` (locks, philosophers scene).
    public var ordered: Bool
    /// `--schedule 1,2,2,1`: the thread (locks) or coroutine (scheduler) of each step, then the seed (round robin).
    public var schedule: [Int]?
    /// `--schedule-only`: stop when the schedule ends instead.
    public var scheduleOnly: Bool

    public init(ops: String? = nil, seed: UInt64 = 1, maxlen: Int? = nil, capacity: Int? = nil,
                scene: String? = nil, threads: Int? = nil, ordered: Bool = false,
                schedule: [Int]? = nil, scheduleOnly: Bool = false) {
        self.ops = ops
        self.seed = seed
        self.maxlen = maxlen
        self.capacity = capacity
        self.scene = scene
        self.threads = threads
        self.ordered = ordered
        self.schedule = schedule
        self.scheduleOnly = scheduleOnly
    }
}
