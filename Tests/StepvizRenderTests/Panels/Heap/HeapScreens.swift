import StepvizEvents
import StepvizRender
import StepvizTestSupport

/// Heap screens as the tests use them: given operations, paused.
enum HeapApps {
    static let referenceOps = "heapify 3 10 1000 -99 4 100; pop; push 7"

    static func paused(
        _ ops: String = referenceOps, capabilities: DisplayCapabilities = .full, speed: Double = 3
    ) throws -> PlaybackScreen {
        try PanelScreens.make("heap", EventRunOptions(ops: ops), speed: speed, capabilities: capabilities)
    }

    static func demo(seed: UInt64, limit: Bool = false, paused: Bool = false) throws -> PlaybackScreen {
        try PanelScreens.make("heap", EventRunOptions(seed: seed), endless: !limit, paused: paused)
    }
}

extension PlaybackScreen {
    /// The heap model at the cursor.
    var model: HeapPanelModel { model(as: HeapPanelModel.self) }
}
