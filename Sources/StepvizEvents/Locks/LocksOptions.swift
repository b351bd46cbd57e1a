/// The locks panel's own options: how many threads, and whether the
/// philosophers take their forks in rank order.
extension PanelOption {
    public static let threads = PanelOption("threads", .integer, valueName: "n", help: "number of threads (2 to 12; philosophers)")
    public static let ordered = PanelOption("ordered", .flag, help: "philosophers take their forks in rank order")
}

extension EventRunOptions {
    /// `--threads`, nil for the scene's default.
    public var threads: Int? {
        get { integer(.threads) }
        set { set(.threads, newValue.map(PanelOptionValue.integer)) }
    }
    /// `--ordered`.
    public var ordered: Bool {
        get { flag(.ordered) }
        set { setFlag(.ordered, newValue) }
    }
}
