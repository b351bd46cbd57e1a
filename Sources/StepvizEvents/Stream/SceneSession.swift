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
}
