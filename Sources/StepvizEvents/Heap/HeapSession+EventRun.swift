extension HeapSession: OperationSession {
    /// `stepviz events heap`: the `--ops` given, or the seeded demo's first
    /// operations.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops], panel: panel)
        return try eventRun(ops: options.ops, demo: {
            var demo = HeapDemoScript(seed: options.seed)
            return (0..<HeapDemoScript.eventRunLength).map { _ in demo.next() }
        }, session: HeapSession.init)
    }
}
