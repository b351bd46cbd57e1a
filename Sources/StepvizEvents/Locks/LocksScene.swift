import StepvizCore

/// A locks scene of `stepviz events locks`: which threads take which locks,
/// how (ranked or in the given order), and how many threads. The bodies run
/// on real threads in a ``GatedThreadRun``.
///
///     let scene = try LocksScene(options: EventRunOptions(seed: 4).with(\.scene, "naive"))
///     scene.locks.map(\.name)    // ["x", "y"]
public struct LocksScene: Sendable {
    /// The scenes, as `--scene` spells them.
    public enum Kind: String, CaseIterable, Sendable {
        /// The notes' example through ordered acquisition: never deadlocks.
        case ordered
        /// The same threads taking the locks in the given order: can deadlock.
        case naive
        /// A thread nests acquisitions out of rank order: "Lock Order Violation".
        case violation
        /// N philosophers, N forks; naive unless `--ordered`.
        case philosophers
    }

    /// The fewest and most threads a scene takes (more would not fit a panel
    /// and would only lengthen the run).
    public static let threadRange = 2...12
    /// Rounds each thread of the x/y scenes makes (the notes' `counter < 3`).
    public static let rounds = 3
    /// Meals each philosopher eats.
    public static let meals = 2

    public let kind: Kind
    public let threads: Int
    /// Ranked acquisition (philosophers with `--ordered`; always for `ordered`).
    public let isOrdered: Bool
    public let seed: UInt64
    /// The scene's locks, ranks ascending.
    public let locks: [RankedLock]
    /// `--schedule` (and `--schedule-only`): the thread of each step; nil
    /// for the seed's interleaving.
    public let schedule: TurnSchedule?

    /// Reads `--scene` (default `ordered`), `--threads`, `--ordered`,
    /// `--seed`, `--schedule` and `--schedule-only`; throws naming any bad
    /// value. A schedule is checked by running the scene under it on its
    /// real threads up to the schedule's end (the run is the truth; nothing
    /// simulates it): the first step whose thread cannot move is named with
    /// the reason, `step 4: thread 2 is blocked waiting for lock x held by
    /// thread 1`. Every command builds its scene before it writes a byte,
    /// so a bad schedule exits before any output.
    ///
    /// - Complexity: with a schedule, one gated run of its *k* steps.
    public init(options: EventRunOptions) throws(OperationParseError) {
        if let ops = options.ops {
            throw OperationParseError(
                "locks runs scenes, not operations: '--ops \(ops)' (use --scene \(Kind.allCases.map(\.rawValue).joined(separator: "|")))")
        }
        let name = options.scene ?? Kind.ordered.rawValue
        guard let kind = Kind(rawValue: name) else {
            if ThreadingScene.Kind(rawValue: name) != nil {
                // Conditions and queues have a panel of their own.
                throw OperationParseError("scene '\(name)' is in the threading panel: stepviz watch threading --scene \(name)")
            }
            throw OperationParseError("unknown scene '\(name)' (expected one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let threads = options.threads ?? (kind == .philosophers ? 5 : 2)
        guard Self.threadRange.contains(threads) else {
            throw OperationParseError(
                "'--threads \(threads)' is out of range (the locks scenes take \(Self.threadRange.lowerBound) to \(Self.threadRange.upperBound) threads)"
            )
        }
        if options.ordered && (kind == .naive || kind == .violation) {
            throw OperationParseError("'--ordered' does not apply to scene '\(name)' (use --scene ordered, or philosophers --ordered)")
        }
        self.kind = kind
        self.threads = threads
        self.isOrdered = kind == .ordered || (kind == .philosophers && options.ordered)
        self.seed = options.seed
        switch kind {
        case .philosophers: locks = (0..<threads).map { RankedLock(rank: $0 + 1, name: "fork \($0 + 1)") }
        default: locks = [RankedLock(rank: 1, name: "x"), RankedLock(rank: 2, name: "y")]
        }
        if options.scheduleOnly && options.schedule == nil {
            throw OperationParseError("--schedule-only needs a --schedule")
        }
        schedule = options.schedule.map { TurnSchedule(threads: $0, stopsAtEnd: options.scheduleOnly) }
        if let schedule, let stop = Self.firstRefusal(of: schedule.threads, threads: threads, locks: locks, body: body) {
            throw OperationParseError(stop.message)
        }
    }

    /// Where `threads` (a schedule) cannot be followed, found by running it.
    private static func firstRefusal(
        of steps: [Int], threads: Int, locks: [RankedLock],
        body: @escaping @Sendable (LockingThread) throws -> Void
    ) -> ScheduleStop? {
        let run = GatedThreadRun(
            seed: 0, threads: threads, locks: locks,
            schedule: TurnSchedule(threads: steps, stopsAtEnd: true))
        _ = run.run(body)
        guard let stop = run.scheduleStop, stop.refused != nil else { return nil }
        return stop
    }

    /// The operation label of the setup (operation 0).
    public var label: String {
        "scene \(kind.rawValue)" + (kind == .philosophers && isOrdered ? " --ordered" : "") + ", \(threads) threads"
    }

    /// What every thread runs.
    public var body: @Sendable (LockingThread) throws -> Void {
        Self.body(kind: kind, ordered: isOrdered, threads: threads, locks: locks)
    }

    private static func body(kind: Kind, ordered: Bool, threads: Int, locks: [RankedLock]) -> @Sendable (LockingThread) throws -> Void {
        switch kind {
        case .ordered, .naive:
            return { thread in
                // Odd threads take (x, y), even ones (y, x), as in the notes.
                let pair = thread.id % 2 == 1 ? [locks[0], locks[1]] : [locks[1], locks[0]]
                for _ in 0..<Self.rounds { try Self.take(pair, ordered: ordered, by: thread) }
            }
        case .violation:
            return { thread in
                let (x, y) = (locks[0], locks[1])
                if thread.id == 1 {
                    // Nested in rank order: fine. Then y, and inside it x: refused.
                    try thread.withLocks([x]) { try thread.withLocks([y]) {} }
                    try thread.withLocks([y]) { try thread.withLocks([x]) {} }
                } else {
                    for _ in 0..<Self.rounds { try thread.withLocks([x, y]) {} }
                }
            }
        case .philosophers:
            return { thread in
                let left = locks[thread.id - 1]
                let right = locks[thread.id % threads]
                for _ in 0..<Self.meals { try Self.take([left, right], ordered: ordered, by: thread) }
            }
        }
    }

    /// Takes `pair` (ranked, or first then second), then releases it.
    private static func take(_ pair: [RankedLock], ordered: Bool, by thread: LockingThread) throws {
        if ordered {
            try thread.withLocks(pair) {}
        } else {
            try thread.withLocksInGivenOrder(pair) {}
        }
    }
}
