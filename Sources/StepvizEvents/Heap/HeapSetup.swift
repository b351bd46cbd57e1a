/// A heap run's setup, in the stream header: the scene it plays, when one
/// was chosen (`--scene requests`). With none the header carries nothing
/// after `panel`, as it always has, and the demo rotates through the scenes.
///
///     HeapSetup(scene: .requests)    // header: "scene":"requests"
public struct HeapSetup: StreamSetup {
    /// The scene chosen; nil for the rotating demo or plain `--ops`.
    public var scene: HeapScene?

    /// A setup with `scene` chosen, or none.
    public init(scene: HeapScene? = nil) { self.scene = scene }

    /// Reads `--scene`; throws naming an unknown one.
    public init(options: EventRunOptions) throws(OperationParseError) {
        self.init(scene: try options.scene.map { name throws(OperationParseError) in try HeapScene(name: name) })
    }

    /// Writes `scene` only when one was chosen, so plain headers stay as they were.
    public func encodeHeaderFields(into object: inout JSONObjectWriter) {
        if let scene { object.field("scene", scene.rawValue) }
    }
}
