import StepvizEvents

/// The heap's step source: a real ``HeapSession`` with the seeded demo.
public typealias HeapStepSource = OperationStepSource<HeapSession, HeapDemoScript>

extension HeapPanel {
    /// The heap in the panel catalog: `--ops` of heap operations, and
    /// `--scene requests` for the notes' request scheduler (its demo, or
    /// `--ops` whose tuple fields the screen names).
    public static let catalogEntry = PanelEntry.operations(
        HeapPanel.self, session: HeapSession.self, demo: HeapDemoScript.self,
        options: [.scene(HeapScene.allCases.map(\.rawValue))],
        summary: "a binary heap (heapq): sift-up, sift-down, heapify, a request scheduler",
        setup: HeapSetup.init(options:))
}
