import StepvizRender

extension PlaybackScreen {
    // MARK: the dashboard
    /// The dashboard of every panel's demo, as `stepviz` opens it (paused
    /// unless told), with each panel's demo endless.
    package static func demo(
        seed: UInt64 = 1, paused: Bool = true, capabilities: DisplayCapabilities = .full,
        history: Int? = nil
    ) -> PlaybackScreen {
        PlaybackScreen(
            dashboard: PanelCatalog.standard.demos(seed: seed, paused: paused, history: history, endless: true),
            capabilities: capabilities)
    }
}
