import StepvizEvents
import StepvizRender

/// Builds the interactive screen of a panel from the command line's
/// options, checking everything before any screen opens or file is written.
enum PanelScreens {
    /// The heap watch screen: the given operations, or the seeded demo
    /// (endless when watching, the first `demoLimit` operations when recording).
    static func heap(
        scenario: ScenarioOptions, speed: Double, paused: Bool, capabilities: DisplayCapabilities, demoLimit: Int?
    ) throws -> WatchApp<HeapScene, HeapPanel> {
        let makeSource: (UInt64) -> HeapScene
        if let ops = scenario.ops {
            let operations: [HeapOperation]
            do {
                operations = try OperationScript.parse(ops)
            } catch {
                throw CommandLineError(error.message)
            }
            makeSource = { _ in HeapScene(operations: operations) }
        } else {
            makeSource = { seed in HeapScene(demoSeed: seed, limit: demoLimit) }
        }
        return WatchApp(seed: scenario.seed, speed: speed, paused: paused, capabilities: capabilities, makeSource: makeSource)
    }

    /// Rejects panels that have no screen yet, naming them.
    static func checkHasScreen(_ panel: String, allowed: [String]) throws {
        guard allowed.contains(panel) else {
            if EventStreams.panels.contains(panel) {
                throw CommandLineError("panel '\(panel)' has no screen yet (try `stepviz events \(panel)`)")
            }
            throw CommandLineError("unknown panel '\(panel)' (expected one of: \(allowed.joined(separator: ", ")))")
        }
    }
}
