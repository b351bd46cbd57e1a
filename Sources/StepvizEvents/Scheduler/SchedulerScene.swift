import StepvizCore

/// A scheduler scene of `stepviz events scheduler`: round-robin tasks
/// (`--ops "countdown 5; countup 6"`) or the actor demo (`--scene actors
/// --ops "send counter 3"`), with the operations checked for the scene.
///
///     let scene = try SchedulerScene(options: EventRunOptions().with(\.scene, "actors"))
///     scene.operations    // [.send(actor: "counter", message: 3)]
public struct SchedulerScene: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Coroutines spawned from `countdown N` / `countup N`, run round-robin.
        case tasks
        /// The printer and counter actors, and the messages of `send ACTOR N`.
        case actors
    }

    /// Operations when `--ops` is absent.
    public static let defaultTasks = "countdown 3; countdown 2; countup 4"
    public static let defaultSends = "send counter 3"
    /// The actors of the actors scene, in spawn order.
    public static let actorNames = ["printer", "counter"]

    public let kind: Kind
    public let operations: [SchedulerOperation]
    /// `--schedule` (and `--schedule-only`): the coroutine each turn
    /// resumes, instead of the queue's first; nil for round robin.
    public let schedule: TurnSchedule?

    /// Reads `--scene` (default `tasks`) and `--ops` (default: the
    /// REFERENCE.md interleaving, or "send counter 3"); throws naming any
    /// bad text, including an operation of the other scene.
    public init(options: EventRunOptions) throws(OperationParseError) {
        let name = options.scene ?? Kind.tasks.rawValue
        guard let kind = Kind(rawValue: name) else {
            throw OperationParseError("unknown scene '\(name)' (expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if options.scheduleOnly && options.schedule == nil {
            throw OperationParseError("--schedule-only needs a --schedule")
        }
        try self.init(
            kind: kind, ops: options.ops ?? (kind == .tasks ? Self.defaultTasks : Self.defaultSends),
            schedule: options.schedule.map { TurnSchedule(threads: $0, stopsAtEnd: options.scheduleOnly) })
    }

    /// The scene of `kind` running `ops`, round robin or under `schedule`.
    /// A schedule is checked by running the scene under it on the real
    /// scheduler up to the schedule's end: the first turn whose coroutine
    /// is not ready is named with the reason (`step 3: coroutine 1 has
    /// finished`), before anything is written.
    ///
    /// - Complexity: with a schedule, one run of its *k* turns.
    public init(kind: Kind, ops: String, schedule: TurnSchedule? = nil) throws(OperationParseError) {
        let operations = try OperationScript.parse(ops, as: SchedulerOperation.self)
        for operation in operations where operation.isTask != (kind == .tasks) {
            throw OperationParseError(
                kind == .tasks
                    ? "'\(operation)' needs --scene actors (the tasks scene takes: countdown N, countup N)"
                    : "'\(operation)' is a task; the actors scene takes: send ACTOR N")
        }
        self.kind = kind
        self.operations = operations
        self.schedule = schedule
        try checkSchedule()
    }

    /// Runs the scene up to its schedule's end and throws naming the first
    /// turn that cannot be taken (the run is the truth; nothing simulates it).
    private func checkSchedule() throws(OperationParseError) {
        guard let schedule else { return }
        let check = SchedulerSession(scene: with(TurnSchedule(threads: schedule.threads, stopsAtEnd: true)))
        check.run()
        if let stop = check.scheduleStop, stop.refused != nil { throw OperationParseError(stop.message) }
    }

    private init(kind: Kind, operations: [SchedulerOperation], schedule: TurnSchedule?) {
        self.kind = kind
        self.operations = operations
        self.schedule = schedule
    }

    /// This scene under `schedule`, unchecked (the check runs it so).
    private func with(_ schedule: TurnSchedule?) -> SchedulerScene {
        SchedulerScene(kind: kind, operations: operations, schedule: schedule)
    }

    /// This scene under `schedule` (nil: round robin), checked as
    /// `--schedule` is.
    ///
    /// - Complexity: one run of the schedule's turns.
    public func scheduled(_ schedule: TurnSchedule?) throws(OperationParseError) -> SchedulerScene {
        let scene = with(schedule)
        try scene.checkSchedule()
        return scene
    }
}
