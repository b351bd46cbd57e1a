extension DequeSession: OperationSession {
    /// `stepviz events deque [--maxlen N]`: the `--ops` given, or the seeded
    /// demo's first operations, on a deque with blocks of 8.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .maxlen], panel: panel)
        let maxlen = options.maxlen
        if let maxlen, maxlen < 0 {
            throw OperationParseError("invalid --maxlen '\(maxlen)': maxlen must be non-negative")
        }
        return try eventRun(ops: options.ops, demo: {
            var demo = DequeDemoScript(seed: options.seed)
            return (0..<DequeDemoScript.eventRunLength).map { _ in demo.next() }
        }, session: { DequeSession(maxlen: maxlen) })
    }
}
