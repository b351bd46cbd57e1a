extension SchedulerSession {
    /// `stepviz events scheduler [--scene tasks|actors] [--ops "..."]`:
    /// the given operations, or the scene's default.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .scene], panel: panel)
        let scene = try SchedulerScene(options: options)
        return PreparedEventRun(panel: panel) { writer in
            let session = SchedulerSession(scene: scene)
            session.run()
            for step in session.steps { writer.write(step) }
        }
    }
}
