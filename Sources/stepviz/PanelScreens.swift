import StepvizEvents
import StepvizRender

/// Builds the screens of the panels from the command line's options,
/// checking everything before any screen opens, file is written or library
/// operation runs.
enum PanelScreens {
    /// The panels that have a screen (watch, record).
    static let withScreens = ["heap"]

    /// The heap's step source for a seed: the given operations, or the seeded
    /// demo (endless when watching, its first `demoLimit` operations when
    /// recording). Parses `--ops` now; runs nothing yet.
    static func heapSource(scenario: ScenarioOptions, demoLimit: Int?) throws -> (UInt64) -> HeapScene {
        do {
            try scenario.eventRunOptions.rejectUnused(except: [.ops], panel: "heap")
        } catch {
            throw CommandLineError(error.message)
        }
        guard let ops = scenario.ops else {
            return { seed in HeapScene(demoSeed: seed, limit: demoLimit) }
        }
        do {
            let operations = try OperationScript.parse(ops, as: HeapOperation.self)
            return { _ in HeapScene(operations: operations) }
        } catch {
            throw CommandLineError(error.message)
        }
    }

    /// Rejects panels that have no screen yet, naming them.
    static func checkHasScreen(_ panel: String) throws {
        guard withScreens.contains(panel) else {
            if EventStreams.panels.contains(panel) {
                throw CommandLineError("panel '\(panel)' has no screen yet (try `stepviz events \(panel)`)")
            }
            throw CommandLineError("unknown panel '\(panel)' (expected one of: \(withScreens.joined(separator: ", ")))")
        }
    }
}
