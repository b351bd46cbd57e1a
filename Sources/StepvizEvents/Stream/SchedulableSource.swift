import StepvizCore

/// A step source whose runs a person can schedule by hand (the "you
/// schedule" mode of the locks and scheduler screens): it can say the
/// schedule a run took up to an operation, and run that run's scene again
/// under a schedule one pick longer, stopping where the picks end.
///
///     let source = try SceneStepSource<LocksSession>(scene: LocksScene(options: .init(scene: "naive")))
///     let picks = source.picks(through: 4)                  // the threads of turns 1 to 4
///     let next = try source.scheduled(picks + [2], sceneOf: 4)
///     next.scheduleStop?.movable                            // who can move after that
///
/// - Complexity: a new run costs the scene's real threads for its picks.
public protocol SchedulableSource: StepSource {
    /// The threads (or coroutines) the turns of operation `op`'s run took,
    /// through `op` itself (nil: before anything, no picks).
    func picks(through op: Int?) -> [Int]
    /// A source of one run: the scene operation `op` belongs to (the last
    /// run's when nil) under `picks`, stopping where they end (or the seed
    /// going on, unless `stopsAtEnd`). Throws naming a pick that cannot be
    /// taken, running nothing.
    func scheduled(_ picks: [Int], sceneOf op: Int?, stopsAtEnd: Bool) throws(OperationParseError) -> Self
    /// Where the last run's schedule stopped it: who could move next and
    /// why the others could not. Nil when it ran to its end.
    var scheduleStop: ScheduleStop? { get }
    /// The last run's scene's challenge, and how that run stands against it.
    var challenge: ScheduleChallenge? { get }
    var challengeOutcome: ChallengeOutcome? { get }
    /// The last run's scene as options (`--scene naive`).
    var sceneArguments: [String] { get }
}
