import StepvizEvents

/// The panels a program has, in dashboard order: the one list `events`,
/// `watch`, `record`, `replay`, `explore`, the dashboard, the help texts,
/// the stream reader and the bench read (tokio-console's single
/// `ViewState` list). A panel is its folders plus one entry in
/// ``standard``; a test can build its own catalog with ``adding(_:)`` and
/// hand it to every one of those.
///
///     let catalog = PanelCatalog.standard.adding(MyPanel.catalogEntry)
///     let run = try catalog.prepare(panel: "mine", options: EventRunOptions(seed: 3))
public struct PanelCatalog: Sendable {
    /// Every entry, in dashboard order.
    public let entries: [PanelEntry]

    /// stepviz's panels.
    public static let standard = PanelCatalog([
        HeapPanel.catalogEntry,
        DequePanel.catalogEntry,
        LRUPanel.catalogEntry,
        LocksPanel.catalogEntry,
        SchedulerPanel.catalogEntry,
        EventLoopPanel.catalogEntry,
        ThreadingPanel.catalogEntry,
    ])

    /// A catalog of `entries`; two entries sharing an option name must
    /// agree on its kind, and names must be distinct.
    public init(_ entries: [PanelEntry]) {
        precondition(Set(entries.map(\.name)).count == entries.count, "two panels share a name")
        var kinds: [String: PanelOption.Kind] = [:]
        for option in entries.flatMap(\.options) {
            precondition(kinds[option.name, default: option.kind] == option.kind, "--\(option.name) has two kinds")
            kinds[option.name] = option.kind
        }
        self.entries = entries
    }

    /// This catalog with `entry` after the others.
    public func adding(_ entry: PanelEntry) -> PanelCatalog { PanelCatalog(entries + [entry]) }

    public var names: [String] { entries.map(\.name) }

    /// `heap, deque, lru, locks or scheduler`, for help texts and errors.
    public var nameList: String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The entry named `panel`; throws naming an unknown one.
    public func entry(_ panel: String) throws(OperationParseError) -> PanelEntry {
        guard let entry = entries.first(where: { $0.name == panel }) else {
            throw OperationParseError("unknown panel '\(panel)' (expected one of: \(names.joined(separator: ", ")))")
        }
        return entry
    }

    /// Every option some panel takes, once each, in catalog order.
    public var allOptions: [PanelOption] {
        var seen: Set<PanelOption> = []
        return entries.flatMap(\.options).filter { seen.insert($0).inserted }
    }

    /// The entries `explore` can run.
    public var explorable: [PanelEntry] { entries.filter(\.isExplorable) }

    /// Checks `options` for `panel` and returns its run, nothing run yet.
    public func prepare(panel: String, options: EventRunOptions) throws(OperationParseError) -> PreparedPanel {
        try entry(panel).prepare(options)
    }

    /// A saved event stream, checked line by line and decoded for the panel
    /// its header names, as a run to play; throws naming the line.
    public func replay(_ bytes: [UInt8]) throws(StreamReadError) -> PreparedPanel {
        let stream = try SavedStream.read(bytes, panels: names)
        // `read` accepted only these names.
        return try entries.first { $0.name == stream.panel }!.prepare(stream)
    }

    /// Every panel on its seeded demo, for the dashboard: endless on a live
    /// screen, one demo's worth of operations in a recording. Each panel's
    /// seed is ``PanelSeed/derive(_:panel:)`` of `seed` and its name, so
    /// no two panels start from the same numbers.
    public func demos(
        seed: UInt64, speed: Double = 3, paused: Bool = false, history: Int? = nil,
        endless: Bool
    ) -> [any PanelPlaying] {
        entries.map { entry in
            // A demo takes no option that can be wrong: cannot throw.
            try! entry.prepare(EventRunOptions(seed: PanelSeed.derive(seed, panel: entry.name)))
                .playback(endless: endless, speed: speed, paused: paused, history: history)
        }
    }

    /// The largest of the panels' minimum sizes.
    public var largestPanelMinimum: PanelSize {
        PanelSize(width: entries.map(\.minimumSize.width).max() ?? 0, height: entries.map(\.minimumSize.height).max() ?? 0)
    }
}
