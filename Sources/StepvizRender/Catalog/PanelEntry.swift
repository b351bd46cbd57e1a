import StepvizEvents

/// One panel in a ``PanelCatalog``: its name, what it is, the options it
/// takes (with their help), what its operations are, how to check a
/// command line's options and build its run, how to read its saved
/// streams, and — when it runs scenes on threads — how to explore them.
/// Built by ``operations(_:session:demo:options:summary:setup:)`` or
/// ``scenes(_:session:options:summary:promptWords:scene:)`` from the
/// panel's own types, so adding a panel is its folders plus one entry.
public struct PanelEntry: Sendable {
    /// The name on the command line (`heap`).
    public let name: String
    /// One line saying what it shows, for `--help`.
    public let summary: String
    /// The panel-specific options it takes, in the order `--help` lists
    /// them (`--ops` and `--seed` every panel reads; any other given is an error).
    public let options: [PanelOption]
    /// Its operations (or prompt words), as the help and the prompt list them.
    public let operationWords: [String]
    /// The smallest area its view draws into.
    public let minimumSize: PanelSize
    private let build: @Sendable (EventRunOptions) throws(OperationParseError) -> PreparedPanel
    private let replay: @Sendable (SavedStream) throws(StreamReadError) -> PreparedPanel
    private let explore: (@Sendable (EventRunOptions) throws(OperationParseError) -> PanelExploration)?

    /// An entry from its parts; the kinds' builders are the usual way in.
    public init(
        name: String, summary: String, options: [PanelOption], operationWords: [String], minimumSize: PanelSize,
        build: @escaping @Sendable (EventRunOptions) throws(OperationParseError) -> PreparedPanel,
        replay: @escaping @Sendable (SavedStream) throws(StreamReadError) -> PreparedPanel,
        explore: (@Sendable (EventRunOptions) throws(OperationParseError) -> PanelExploration)? = nil
    ) {
        self.name = name
        self.summary = summary
        self.options = options
        self.operationWords = operationWords
        self.minimumSize = minimumSize
        self.build = build
        self.replay = replay
        self.explore = explore
    }

    /// This entry, explorable: `explore` builds the exploration of the
    /// scene its options name.
    public func explorable(
        _ explore: @escaping @Sendable (EventRunOptions) throws(OperationParseError) -> PanelExploration
    ) -> PanelEntry {
        PanelEntry(
            name: name, summary: summary, options: options, operationWords: operationWords, minimumSize: minimumSize,
            build: build, replay: replay, explore: explore)
    }

    /// Whether `stepviz explore` can run it.
    public var isExplorable: Bool { explore != nil }

    /// A saved stream of this panel, checked and decoded, as a run to play
    /// (`replay`, `record --events`): the screens build their models only
    /// from events, so it plays exactly as the run that wrote it.
    public func prepare(_ stream: SavedStream) throws(StreamReadError) -> PreparedPanel {
        try replay(stream)
    }

    /// Checks every option for this panel (parsing `--ops` and the setup)
    /// and returns its run, nothing run yet; throws naming the bad text.
    public func prepare(_ options: EventRunOptions) throws(OperationParseError) -> PreparedPanel {
        try options.rejectUnused(except: Set(self.options + [.ops]), panel: name)
        return try build(options)
    }

    /// The exploration of the scene `options` name; throws naming bad
    /// text, or that this panel cannot be explored.
    public func exploration(_ options: EventRunOptions) throws(OperationParseError) -> PanelExploration {
        guard let explore else { throw OperationParseError("the \(name) panel cannot be explored") }
        try options.rejectUnused(except: Set(self.options + [.ops]).subtracting([.schedule, .scheduleOnly]), panel: name)
        return try explore(options)
    }
}
