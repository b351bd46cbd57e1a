/// The first line of every event stream: the schema name, its version
/// (additive-only within a version) and the panel that produced it.
public enum EventStreamHeader {
    public static let schema = "stepviz-events"
    public static let version = 1

    /// `{"schema":"stepviz-events","version":1,"panel":"heap"}`, then the
    /// seed of the run when it has one (so a replay names it as the run
    /// did; seeds above `Int.max` are written as their bit pattern) and the
    /// panel's setup fields (`{"...","panel":"lru","seed":1,"capacity":2}`).
    public static func line(panel: String, seed: UInt64? = nil, setup: some StreamSetup = NoSetup()) -> String {
        var object = JSONObjectWriter()
        object.field("schema", schema)
        object.field("version", version)
        object.field("panel", panel)
        if let seed { object.field("seed", Int(truncatingIfNeeded: seed)) }
        setup.encodeHeaderFields(into: &object)
        return String(decoding: object.finish(), as: UTF8.self)
    }
}
