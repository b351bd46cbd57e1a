/// The deque's own option: `--maxlen N`, the bound Python's `deque(maxlen=N)` takes.
extension PanelOption {
    public static let maxlen = PanelOption("maxlen", .integer, valueName: "n", help: "bounded length (deque(maxlen=n))")
}

extension EventRunOptions {
    /// `--maxlen`, nil when unbounded.
    public var maxlen: Int? {
        get { integer(.maxlen) }
        set { set(.maxlen, newValue.map(PanelOptionValue.integer)) }
    }
}
