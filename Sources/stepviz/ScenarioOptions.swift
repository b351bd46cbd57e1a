import ArgumentParser
import StepvizEvents
import StepvizRender

/// What a run is made of: the panel, the operations (or the seeded demo),
/// the seed, and the panel's own options, which its catalog entry declares
/// (`PANELS:` in the help lists them) and ``PanelCommandLine`` reads.
/// Shared by `watch`, `events` and `record`.
struct ScenarioOptions: ParsableArguments {
    @Option(help: "Operations, ';'-separated, e.g. \"push 3; pop\" (default: the panel's demo).")
    var ops: String?

    @Option(parsing: .unconditional, help: "Seed for the demo values and thread schedules.")
    var seed: UInt64 = 1

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The panel (\(PanelCatalog.standard.nameList)) and its own options (see PANELS).",
            valueName: "panel [panel options]"))
    var panelWords: [String] = []

    /// The panel named (or `defaultPanel`) and every option given, checked
    /// against the catalog; throws naming the bad word.
    func read(
        catalog: PanelCatalog = .standard, defaultPanel: String? = nil,
        alsoAccepting otherWords: Set<String> = []
    ) throws(CommandLineError) -> PanelCommandLine {
        do {
            return try PanelCommandLine(
                panelWords, catalog: catalog, base: EventRunOptions(ops: ops, seed: seed),
                defaultPanel: defaultPanel, alsoAccepting: otherWords)
        } catch {
            throw CommandLineError(error.message)
        }
    }

    /// The panel's run, every option checked, nothing run yet.
    func prepare(catalog: PanelCatalog = .standard, defaultPanel: String? = nil) throws(CommandLineError) -> PreparedPanel {
        try Self.prepare(read(catalog: catalog, defaultPanel: defaultPanel), catalog: catalog)
    }

    /// The run of the panel `line` names.
    static func prepare(_ line: PanelCommandLine, catalog: PanelCatalog = .standard) throws(CommandLineError) -> PreparedPanel {
        guard let entry = line.entry else {
            throw CommandLineError("give a panel (\(catalog.nameList))")
        }
        do {
            return try entry.prepare(line.options)
        } catch {
            throw CommandLineError(error.message)
        }
    }
}
