extension EventRunOptions {
    /// The options only some panels take.
    public enum PanelOption: String, CaseIterable, Sendable {
        case ops, maxlen, capacity, scene, threads, ordered, schedule
        case scheduleOnly = "schedule-only"
    }

    /// The panel-specific options that were given.
    public var given: [PanelOption] {
        PanelOption.allCases.filter { option in
            switch option {
            case .ops: ops != nil
            case .maxlen: maxlen != nil
            case .capacity: capacity != nil
            case .scene: scene != nil
            case .threads: threads != nil
            case .ordered: ordered
            case .schedule: schedule != nil
            case .scheduleOnly: scheduleOnly
            }
        }
    }

    /// Throws, naming it, for the first option given that `panel` does not
    /// take, so a mistyped command is an error instead of silently ignored.
    ///
    ///     try options.rejectUnused(except: [.ops, .maxlen], panel: "deque")
    public func rejectUnused(except taken: Set<PanelOption>, panel: String) throws(OperationParseError) {
        if let option = given.first(where: { !taken.contains($0) }) {
            throw OperationParseError("--\(option.rawValue) is not an option of the \(panel) panel")
        }
    }
}
