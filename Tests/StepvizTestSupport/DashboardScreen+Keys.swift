import StepvizRender

extension DashboardScreen {
    /// Sends the same key `count` times.
    package mutating func press(_ key: Key, times count: Int = 1) {
        for _ in 0..<count { _ = update(.key(key)) }
    }

    /// The dashboard of every panel's demo, as `stepviz` opens it (paused
    /// unless told), with each panel's demo endless.
    package static func demo(seed: UInt64 = 1, paused: Bool = true, capabilities: DisplayCapabilities = .full,
                             history: Int? = nil) -> DashboardScreen {
        DashboardScreen(panels: PanelCatalog.demos(seed: seed, paused: paused, history: history, endless: true),
                        capabilities: capabilities)
    }
}
