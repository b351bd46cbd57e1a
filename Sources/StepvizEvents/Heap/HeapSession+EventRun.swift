extension HeapSession {
    /// `stepviz events heap`: the `--ops` given, or the seeded demo's first
    /// operations.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops], panel: panel)
        let operations: [HeapOperation]
        if let ops = options.ops {
            operations = try OperationScript.parse(ops)
        } else {
            var demo = HeapDemoScript(seed: options.seed)
            operations = (0..<HeapDemoScript.eventRunLength).map { _ in demo.next() }
        }
        return PreparedEventRun(panel: panel) { writer in
            let session = HeapSession()
            for operation in operations { session.apply(operation) }
            for step in session.steps { writer.write(step) }
        }
    }
}
