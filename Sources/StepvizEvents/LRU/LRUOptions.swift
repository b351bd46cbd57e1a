/// The LRU cache's own option: `--capacity N`, how many entries it holds.
extension PanelOption {
    public static let capacity = PanelOption("capacity", .integer, valueName: "n", help: "how many entries the cache holds (default 4)")
}

extension EventRunOptions {
    /// `--capacity`, nil for the default.
    public var capacity: Int? {
        get { integer(.capacity) }
        set { set(.capacity, newValue.map(PanelOptionValue.integer)) }
    }
}
