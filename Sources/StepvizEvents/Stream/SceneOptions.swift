/// The options every scene panel (locks, scheduler) reads the same way:
/// which scene, and a schedule of turns to force.
extension PanelOption {
    /// `--schedule 1,2,2,1`: the thread (or coroutine) each step moves, then the seed or round robin.
    public static let schedule = PanelOption(
        "schedule", .idList, valueName: "list",
        help: "who moves at each step, e.g. 1,2,2,1 (then the seed)")
    /// `--schedule-only`: stop when the schedule ends.
    public static let scheduleOnly = PanelOption("schedule-only", .flag, help: "stop when the --schedule list ends")

    /// `--scene NAME`, with the help of the panel whose scenes are `names`.
    public static func scene(_ names: [String]) -> PanelOption {
        PanelOption("scene", .text, valueName: "name", help: "the scene: " + names.joined(separator: ", "))
    }
}

extension EventRunOptions {
    /// `--scene`: the scene's name, nil for the panel's default or demo.
    public var scene: String? {
        get { text(PanelOption.scene([])) }
        set { set(PanelOption.scene([]), newValue.map(PanelOptionValue.text)) }
    }
    /// `--schedule`: the id of each step, nil when none was forced.
    public var schedule: [Int]? {
        get { idList(.schedule) }
        set { set(.schedule, newValue.map(PanelOptionValue.idList)) }
    }
    /// `--schedule-only`.
    public var scheduleOnly: Bool {
        get { flag(.scheduleOnly) }
        set { setFlag(.scheduleOnly, newValue) }
    }
}
