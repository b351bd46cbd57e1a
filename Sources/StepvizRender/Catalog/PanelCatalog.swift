import StepvizEvents

/// Every panel stepviz has, in dashboard order: the one list `events`,
/// `watch`, `record`, `replay`, the dashboard, the help texts and the
/// prompt read (tokio-console's single `ViewState` list). A panel is its
/// folder in each layer plus one line here.
public enum PanelCatalog {
    public static let entries: [PanelEntry] = [
        HeapPanel.catalogEntry,
        DequePanel.catalogEntry,
        LRUPanel.catalogEntry,
        LocksPanel.catalogEntry,
        SchedulerPanel.catalogEntry,
    ]

    public static var names: [String] { entries.map(\.name) }

    /// The entry named `panel`; throws naming an unknown one.
    public static func entry(_ panel: String) throws(OperationParseError) -> PanelEntry {
        guard let entry = entries.first(where: { $0.name == panel }) else {
            throw OperationParseError("unknown panel '\(panel)' (expected one of: \(names.joined(separator: ", ")))")
        }
        return entry
    }

    /// Checks `options` for `panel` and returns its run, nothing run yet.
    public static func prepare(panel: String, options: EventRunOptions) throws(OperationParseError) -> PreparedPanel {
        try entry(panel).prepare(options)
    }

    /// A saved event stream, checked line by line and decoded for the panel
    /// its header names, as a run to play; throws naming the line.
    public static func replay(_ bytes: [UInt8]) throws(StreamReadError) -> PreparedPanel {
        let stream = try SavedStream.read(bytes, panels: names)
        guard let entry = entries.first(where: { $0.name == stream.panel }) else {
            throw StreamReadError(line: 1, message: "panel '\(stream.panel)' has no screen")
        }
        return try entry.prepare(stream)
    }

    /// Every panel on its seeded demo, for the dashboard: endless on a live
    /// screen, one demo's worth of operations in a recording.
    public static func demos(seed: UInt64, speed: Double = 3, paused: Bool = false, history: Int? = nil,
                             endless: Bool) -> [any PanelPlaying] {
        entries.map { entry in
            // A demo takes no option that can be wrong: cannot throw.
            try! entry.prepare(EventRunOptions(seed: seed))
                .playback(endless: endless, speed: speed, paused: paused, history: history)
        }
    }

    /// The largest of the panels' minimum sizes.
    public static var largestPanelMinimum: PanelSize {
        PanelSize(width: entries.map(\.minimumSize.width).max() ?? 0, height: entries.map(\.minimumSize.height).max() ?? 0)
    }
}
