extension LRUSession: OperationSession {
    /// `stepviz events lru [--capacity N]`: the `--ops` given, or the seeded
    /// demo's first operations; capacity 4 unless given.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .capacity], panel: panel)
        let capacity = options.capacity ?? defaultCapacity
        if capacity < 0 {
            throw OperationParseError("invalid --capacity '\(capacity)': capacity must be non-negative")
        }
        return try eventRun(ops: options.ops, demo: {
            var demo = LRUDemoScript(seed: options.seed, capacity: capacity)
            return (0..<LRUDemoScript.eventRunLength).map { _ in demo.next() }
        }, session: { LRUSession(capacity: capacity) })
    }
}
