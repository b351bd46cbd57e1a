import StepvizEvents

/// One panel in the catalog: its name, the options it takes, what its
/// operations are, and how to check a command line's options and build its
/// run. Built by ``operations(_:session:demo:options:setup:)`` or
/// ``scenes(_:session:options:)`` from the panel's own types, so adding a
/// panel is its folder plus one line in ``PanelCatalog``.
public struct PanelEntry: Sendable {
    /// The name on the command line (`heap`).
    public let name: String
    /// The panel-specific options it takes (any other given is an error).
    public let options: Set<EventRunOptions.PanelOption>
    /// Its operations (or prompt words), as the help and the prompt list them.
    public let operationWords: [String]
    /// The smallest area its view draws into.
    public let minimumSize: PanelSize
    private let build: @Sendable (EventRunOptions) throws(OperationParseError) -> PreparedPanel
    private let replay: @Sendable (SavedStream) throws(StreamReadError) -> PreparedPanel

    init(name: String, options: Set<EventRunOptions.PanelOption>, operationWords: [String], minimumSize: PanelSize,
         build: @escaping @Sendable (EventRunOptions) throws(OperationParseError) -> PreparedPanel,
         replay: @escaping @Sendable (SavedStream) throws(StreamReadError) -> PreparedPanel) {
        self.name = name
        self.options = options
        self.operationWords = operationWords
        self.minimumSize = minimumSize
        self.build = build
        self.replay = replay
    }

    /// A saved stream of this panel, checked and decoded, as a run to play
    /// (`replay`, `record --events`): the screens build their models only
    /// from events, so it plays exactly as the run that wrote it.
    public func prepare(_ stream: SavedStream) throws(StreamReadError) -> PreparedPanel {
        try replay(stream)
    }

    /// Checks every option for this panel (parsing `--ops` and the setup)
    /// and returns its run, nothing run yet; throws naming the bad text.
    public func prepare(_ options: EventRunOptions) throws(OperationParseError) -> PreparedPanel {
        try options.rejectUnused(except: self.options, panel: name)
        return try build(options)
    }
}

/// A width and height in cells.
public struct PanelSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
