extension DequeSession {
    /// `stepviz events deque [--maxlen N]`: the `--ops` given, or the seeded
    /// demo's first operations, on a deque with blocks of 8.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .maxlen], panel: panel)
        if let maxlen = options.maxlen, maxlen < 0 {
            throw OperationParseError("invalid --maxlen '\(maxlen)': maxlen must be non-negative")
        }
        let operations: [DequeOperation]
        if let ops = options.ops {
            operations = try OperationScript.parse(ops)
        } else {
            var demo = DequeDemoScript(seed: options.seed)
            operations = (0..<DequeDemoScript.eventRunLength).map { _ in demo.next() }
        }
        let maxlen = options.maxlen
        return PreparedEventRun(panel: panel) { writer in
            let session = DequeSession(maxlen: maxlen)
            for operation in operations { session.apply(operation) }
            for step in session.steps { writer.write(step) }
        }
    }
}
