import StepvizEvents

/// The heap's step source: a real ``HeapSession`` with the seeded demo.
public typealias HeapStepSource = OperationStepSource<HeapSession, HeapDemoScript>

extension HeapPanel {
    /// The heap in the panel catalog: `--ops` of heap operations, no setup.
    public static let catalogEntry = PanelEntry.operations(
        HeapPanel.self, session: HeapSession.self, demo: HeapDemoScript.self,
        summary: "a binary heap (heapq): sift-up, sift-down, heapify"
    ) { _ in NoSetup() }
}
