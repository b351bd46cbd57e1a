import ArgumentParser
import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender

/// `stepviz explore <panel> [scene options]` (an explorable panel of the catalog): runs the scene on its
/// real threads (or the real scheduler) under every schedule that matters (state caching: each
/// distinct state expanded once; or source-DPOR with sleep sets, or brute
/// force) and reports what is reachable. Exit 0: no deadlock or violation
/// is reachable; 1: one is (its shortest schedule printed as a line to
/// paste); 2: bad input; 3: `--max-schedules` ended the search first.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Run a scene under every interleaving; report deadlocks, violations and end states.",
        discussion:
            "Exit status: 0 none reachable, 1 a deadlock, violation, stuck run or error is reachable, 2 bad input, 3 stopped by --max-schedules.\n\n"
            + PanelCommandLine.help(PanelCatalog.standard.explorable, excluding: [.schedule, .scheduleOnly])
    )

    @Option(help: "scheduler: the coroutines or messages, e.g. \"countdown 2; countup 3\".")
    var ops: String?

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The panel (\(PanelCatalog(PanelCatalog.standard.explorable).nameList)) and its scene options (see PANELS).",
            valueName: "panel [scene options]"))
    var panelWords: [String] = []

    @Option(name: .customLong("max-schedules"), parsing: .unconditional, help: "The most schedules to run.")
    var maxSchedules = 200_000

    @Option(
        help:
            "states (state caching: each distinct state expanded once; the default for locks), source (source-DPOR with sleep sets; the default for scheduler, whose every printing turn changes the transcript) or none (every schedule, to check the reductions)."
    )
    var reduction: String?

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() throws {
        let catalog = PanelCatalog.standard
        let exploration: PanelExploration
        do throws(OperationParseError) {
            let line = try PanelCommandLine(
                panelWords, catalog: catalog, base: EventRunOptions(ops: ops),
                panels: catalog.explorable)
            guard let entry = line.entry else {
                throw OperationParseError("explore what? give a panel (\(catalog.explorable.map(\.name).joined(separator: ", ")))")
            }
            guard maxSchedules >= 1 else { throw OperationParseError("--max-schedules \(maxSchedules) is out of range (at least 1)") }
            exploration = try entry.exploration(line.options)
        } catch {
            throw CommandLineError(error.message)
        }
        let chosenReduction: ExplorationReduction?
        switch reduction {
        case nil: chosenReduction = nil
        case "states": chosenReduction = .stateCaching
        case "source": chosenReduction = .sourceSets
        case "none": chosenReduction = ExplorationReduction.none
        case let other?: throw CommandLineError("unknown reduction '\(other)' (expected states, source or none)")
        }
        explore(exploration, reduction: chosenReduction)
    }

    /// Explores, with progress on standard error after the first second,
    /// prints the report and exits 1 (a finding) or 3 (stopped early).
    private func explore(_ exploration: PanelExploration, reduction: ExplorationReduction?) {
        var lastReport = 1.0
        let result = exploration.run(reduction: reduction, maxSchedules: maxSchedules) { schedules, depth, seconds in
            // Quiet for a second, then a line a second: a quick search says nothing.
            guard seconds >= lastReport else { return }
            lastReport = seconds.rounded(.down) + 1
            let line = String(format: "explore: %d schedules, %.0f/s, depth %d\n", schedules, Double(schedules) / seconds, depth)
            FileHandle.standardError.write(Data(line.utf8))
        }
        FileHandle.standardOutput.write(Data((json ? result.json : result.text).utf8))
        if result.hasFindings { Foundation.exit(1) }
        if result.stoppedEarly { Foundation.exit(3) }
    }
}
