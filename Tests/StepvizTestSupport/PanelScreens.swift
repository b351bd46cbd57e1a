import StepvizEvents
import StepvizRender

/// Panel screens as the tests build them: through the catalog, exactly as
/// `watch` and `record` do.
package enum PanelScreens {
    /// The screen of `panel` with `options`, paused at the start unless told.
    package static func make(
        _ panel: String, _ options: EventRunOptions = EventRunOptions(), endless: Bool = false,
        paused: Bool = true, speed: Double = 3, capabilities: DisplayCapabilities = .full
    ) throws -> PlaybackScreen {
        let prepared = try PanelCatalog.standard.prepare(panel: panel, options: options)
        return PlaybackScreen(
            playback: prepared.playback(endless: endless, speed: speed, paused: paused),
            capabilities: capabilities)
    }
}
