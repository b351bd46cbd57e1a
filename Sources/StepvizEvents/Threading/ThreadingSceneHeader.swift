import StepvizCore

/// What a threading run's `scene` line says: the scene, its threads, the
/// queue's bound and the variants, and the primitives the run made (every
/// lock free, every condition without waiters, the deques and variables
/// at their first values), from which a replay starts.
public struct ThreadingSceneHeader: Equatable, Sendable {
    /// `--scene`'s name (`stolen-wakeup`).
    public var scene: String
    /// Threads 1...threads.
    public var threads: Int
    /// `queue.Queue(maxsize)` (1 where the scene has no queue).
    public var maxsize: Int
    /// `--fixed`.
    public var fixed: Bool
    /// `--plain-lock`.
    public var plainLock: Bool
    /// The state before the first step, every thread running.
    public var initial: ThreadingSnapshot

    public init(scene: String, threads: Int, maxsize: Int, fixed: Bool, plainLock: Bool, initial: ThreadingSnapshot) {
        self.scene = scene
        self.threads = threads
        self.maxsize = maxsize
        self.fixed = fixed
        self.plainLock = plainLock
        self.initial = initial
    }

    /// The scene's kind, when it is one of the library's.
    public var kind: ThreadingScene.Kind? { ThreadingScene.Kind(rawValue: scene) }

    /// The role of thread `id` in this scene, for the screen: `producer`,
    /// `consumer`, `waiter`, `notifier`, `worker`.
    public func role(of id: Int) -> String {
        switch kind {
        case .producerConsumer?, .stolenWakeup?: id == 1 ? "producer" : "consumer"
        case .lostWakeup?: id == threads ? "notifier" : "waiter"
        case .reentrant?, nil: "worker"
        }
    }
}
