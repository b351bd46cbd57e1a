import StepvizCore

/// A session that runs a whole scene at once, on real threads or
/// coroutines (locks, scheduler), and keeps its steps. Each run begins
/// with a `scene` event, which is where a model starts afresh.
public protocol SceneSession: AnyObject, SendableMetatype {
    associatedtype Scene: PanelScene
    associatedtype Event: StepEventEncodable
    init(scene: Scene)
    /// Runs the scene to its end (once).
    func run()
    /// Every step of the run, `seq` from 0.
    var steps: History<Step<Event>> { get }
    /// One label per operation of the run.
    var operationLabels: [String] { get }
    /// The thread or coroutine each operation's turn moved (nil for the
    /// operations that are not turns): the run's own schedule.
    var turns: [Int?] { get }
    /// Where the scene's schedule stopped the run (`--schedule-only`, or
    /// a refused step), with every thread's standing; nil at the run's end.
    var scheduleStop: ScheduleStop? { get }
    /// How the run stands against the scene's challenge (nil: none, or
    /// not decided yet).
    var challengeOutcome: ChallengeOutcome? { get }
}

extension SceneSession {
    public var challengeOutcome: ChallengeOutcome? { nil }
}

/// A scene of a scene-driven panel: what the demo plays, and how a line
/// typed at the prompt changes it (`scene naive`, `threads 5`, `countdown 4`).
public protocol PanelScene: Sendable {
    /// The demo's scene number `index` for `seed`: the demo cycles through
    /// every kind of scene.
    static func demo(_ index: Int, seed: UInt64) -> Self
    /// How many scenes one cycle of the demo has (`record` plays one cycle).
    static var demoCycle: Int { get }
    /// The scene a prompt line asks for, starting from this one; throws
    /// naming the bad text.
    func changed(by line: String) throws(OperationParseError) -> Self
    /// `--schedule`: who moves at each turn; nil when the seed (or round
    /// robin) decides.
    var schedule: TurnSchedule? { get }
    /// This scene under `schedule` (nil: the seed decides), checked as
    /// `--schedule` is: throws naming the first turn that cannot be taken.
    func scheduled(_ schedule: TurnSchedule?) throws(OperationParseError) -> Self
    /// The goal of the "you schedule" mode, nil for scenes without one.
    var challenge: ScheduleChallenge? { get }
    /// The options that ask for this scene (`--scene naive`), without its
    /// schedule: the start of a line that replays a schedule.
    var sceneArguments: [String] { get }
}

extension PanelScene {
    public var challenge: ScheduleChallenge? { nil }
}
