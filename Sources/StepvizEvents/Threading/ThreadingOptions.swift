/// The threading panel's own options: the queue's bound, and the variants
/// of its scenes (the correct version, or a plain lock where an RLock was).
extension PanelOption {
    public static let maxsize = PanelOption(
        "maxsize", .integer, valueName: "n", help: "queue.Queue(maxsize) (at least 1; default 1)")
    public static let fixed = PanelOption(
        "fixed", .flag, help: "the correct version (while, wait_for)")
    public static let plainLock = PanelOption("plain-lock", .flag, help: "reentrant over a plain Lock")
    /// `--scene` as the threading panel lists it (the names alone: with
    /// "the scene: " the line would wrap in an 80-column `--help`).
    public static let threadingScene = PanelOption(
        "scene", .text, valueName: "name", help: "producer-consumer, stolen-wakeup, lost-wakeup, reentrant")
    /// `--threads` as the threading scenes read it.
    public static let threadingThreads = PanelOption(
        "threads", .integer, valueName: "n", help: "number of threads (2 to 4; reentrant 1 to 3)")
}

extension EventRunOptions {
    /// `--maxsize`, nil for the scene's default.
    public var maxsize: Int? {
        get { integer(.maxsize) }
        set { set(.maxsize, newValue.map(PanelOptionValue.integer)) }
    }
    /// `--fixed`.
    public var fixed: Bool {
        get { flag(.fixed) }
        set { setFlag(.fixed, newValue) }
    }
    /// `--plain-lock`.
    public var plainLock: Bool {
        get { flag(.plainLock) }
        set { setFlag(.plainLock, newValue) }
    }
}
