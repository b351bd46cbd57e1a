import StepvizCore

extension LocksScene {
    /// This scene as a subject for ``InterleavingExplorer``: the same
    /// threads, locks and bodies, every schedule instead of the seed's.
    ///
    /// - Complexity: O(1)
    public var exploration: LockRunExploration {
        LockRunExploration(threads: threads, locks: locks, body: body)
    }

    /// The options that rebuild this scene on the command line, for the
    /// `--schedule` line a person pastes: `--scene philosophers --threads 3 --ordered`.
    ///
    /// - Complexity: O(1)
    public var sceneArguments: [String] {
        var arguments = ["--scene", kind.rawValue]
        if threads != (kind == .philosophers ? 5 : 2) { arguments += ["--threads", String(threads)] }
        if kind == .philosophers && isOrdered { arguments.append("--ordered") }
        return arguments
    }
}
