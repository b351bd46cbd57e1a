extension LocksSession {
    /// `stepviz events locks [--scene ordered|naive|violation|philosophers]
    /// [--threads N] [--ordered] [--seed N]`.
    public static func prepareEventRun(_ options: EventRunOptions) throws(OperationParseError) -> PreparedEventRun {
        try options.rejectUnused(except: [.ops, .scene, .threads, .ordered], panel: panel)
        let scene = try LocksScene(options: options)
        return PreparedEventRun(panel: panel) { writer in
            let session = LocksSession(scene: scene)
            session.run()
            for step in session.steps { writer.write(step) }
        }
    }
}
