/// A scheduler run's setup, in the stream header: which scene (tasks or
/// actors) the steps come from.
public struct SchedulerSetup: StreamSetup {
    public var scene: SchedulerScene.Kind

    public init(scene: SchedulerScene.Kind) { self.scene = scene }

    public func encodeHeaderFields(into object: inout JSONObjectWriter) {
        object.field("scene", scene.rawValue)
    }
}
