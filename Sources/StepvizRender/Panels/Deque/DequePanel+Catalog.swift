import StepvizEvents

/// The deque's step source: a real ``DequeSession`` with the seeded demo.
public typealias DequeStepSource = OperationStepSource<DequeSession, DequeDemoScript>

extension DequePanel {
    /// The deque in the panel catalog: `--ops` of deque operations, `--maxlen N`.
    public static let catalogEntry = PanelEntry.operations(
        DequePanel.self, session: DequeSession.self, demo: DequeDemoScript.self, options: [.maxlen],
        summary: "a deque in blocks: both ends, rotation, a bounded length",
        setup: DequeSetup.init(options:))
}
