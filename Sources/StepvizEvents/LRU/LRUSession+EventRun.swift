extension LRUSession {
    /// `stepviz events lru [--capacity N]`: the `--ops` given, or the seeded
    /// demo's first operations; capacity 4 unless given.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .capacity], panel: panel)
        let capacity = options.capacity ?? defaultCapacity
        if capacity < 0 {
            throw OperationParseError("invalid --capacity '\(capacity)': capacity must be non-negative")
        }
        let operations: [LRUOperation]
        if let ops = options.ops {
            operations = try OperationScript.parse(ops)
        } else {
            var demo = LRUDemoScript(seed: options.seed, capacity: capacity)
            operations = (0..<LRUDemoScript.eventRunLength).map { _ in demo.next() }
        }
        return PreparedEventRun(panel: panel) { writer in
            let session = LRUSession(capacity: capacity)
            for operation in operations { session.apply(operation) }
            for step in session.steps { writer.write(step) }
        }
    }
}
