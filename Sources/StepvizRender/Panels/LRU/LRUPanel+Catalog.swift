import StepvizEvents

/// The LRU cache's step source: a real ``LRUSession`` with the seeded demo.
public typealias LRUStepSource = OperationStepSource<LRUSession, LRUDemoScript>

extension LRUPanel {
    /// The LRU cache in the panel catalog: `--ops` of puts and gets, `--capacity N`.
    public static let catalogEntry = PanelEntry.operations(
        LRUPanel.self, session: LRUSession.self, demo: LRUDemoScript.self, options: [.capacity],
        summary: "an LRU cache (OrderedDict): hits, misses, recency, eviction",
        setup: LRUSetup.init(options:))
}
