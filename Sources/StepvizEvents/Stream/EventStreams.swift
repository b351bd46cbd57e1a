/// The panels `stepviz events` knows, and how each prepares its run.
public enum EventStreams {
    public static let panels = ["heap", "deque", "lru", "locks", "scheduler"]

    /// Checks `options` for `panel` and returns the run, or throws a
    /// one-line error naming the bad text.
    public static func prepare(panel: String, options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        switch panel {
        case "heap": return try HeapSession.prepareEventRun(options)
        case "deque": return try DequeSession.prepareEventRun(options)
        case "lru": return try LRUSession.prepareEventRun(options)
        case "locks": return try LocksSession.prepareEventRun(options)
        case "scheduler": return try SchedulerSession.prepareEventRun(options)
        // Each panel adds its case here, calling its session's prepareEventRun.
        default:
            throw OperationParseError("unknown panel '\(panel)' (expected one of: \(panels.joined(separator: ", ")))")
        }
    }
}
