/// The first line of every event stream: the schema name, its version
/// (additive-only within a version) and the panel that produced it.
public enum EventStreamHeader {
    public static let schema = "stepviz-events"
    public static let version = 1

    /// `{"schema":"stepviz-events","version":1,"panel":"heap"}`
    public static func line(panel: String) -> String {
        var object = JSONObjectWriter()
        object.field("schema", schema)
        object.field("version", version)
        object.field("panel", panel)
        return String(decoding: object.finish(), as: UTF8.self)
    }
}
