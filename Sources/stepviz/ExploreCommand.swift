import ArgumentParser
import Foundation
import StepvizCore
import StepvizEvents

/// `stepviz explore locks [scene options]`: runs the scene on its real
/// threads under every schedule that matters (state caching: each
/// distinct state expanded once; or source-DPOR with sleep sets, or brute
/// force) and reports what is reachable. Exit 0: no deadlock or violation
/// is reachable; 1: one is (its shortest schedule printed as a line to
/// paste); 2: bad input; 3: `--max-schedules` ended the search first.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Run a scene under every interleaving; report deadlocks, violations and end states.",
        discussion: "Exit status: 0 none reachable, 1 a deadlock or violation is reachable, 2 bad input, 3 stopped by --max-schedules."
    )

    @Argument(help: "locks (scheduler comes later).")
    var panel: String

    @Option(help: "locks: ordered, naive, violation or philosophers.")
    var scene: String?

    @Option(parsing: .unconditional, help: "locks: number of threads (2 to 12).")
    var threads: Int?

    @Flag(help: "locks: philosophers take their forks in rank order.")
    var ordered = false

    @Option(name: .customLong("max-schedules"), parsing: .unconditional, help: "The most schedules to run.")
    var maxSchedules = 200_000

    @Option(help: "states (state caching: each distinct state expanded once), source (source-DPOR with sleep sets) or none (every schedule, to check the reductions).")
    var reduction = "states"

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() throws {
        guard panel == "locks" else {
            if panel == "scheduler" { throw CommandLineError("explore scheduler is not there yet (explore locks is)") }
            throw CommandLineError("unknown panel '\(panel)' for explore (expected: locks)")
        }
        guard maxSchedules >= 1 else { throw CommandLineError("--max-schedules \(maxSchedules) is out of range (at least 1)") }
        let chosenReduction: ExplorationReduction
        switch reduction {
        case "states": chosenReduction = .stateCaching
        case "source": chosenReduction = .sourceSets
        case "none": chosenReduction = .none
        default: throw CommandLineError("unknown reduction '\(reduction)' (expected states, source or none)")
        }
        let lockScene: LocksScene
        do {
            lockScene = try LocksScene(options: EventRunOptions(scene: scene, threads: threads, ordered: ordered))
        } catch {
            throw CommandLineError(error.message)
        }
        let explorer = InterleavingExplorer(subject: lockScene.exploration, reduction: chosenReduction, maxSchedules: maxSchedules)
        var lastReport = 1.0
        let report = explorer.explore { progress in
            // Quiet for a second, then a line a second: a quick search says nothing.
            guard progress.seconds >= lastReport else { return }
            lastReport = progress.seconds.rounded(.down) + 1
            let line = String(format: "explore: %d schedules, %.0f/s, depth %d\n",
                              progress.schedules, Double(progress.schedules) / progress.seconds, progress.depth)
            FileHandle.standardError.write(Data(line.utf8))
        }
        let text = json ? ExploreReportText.json(report, scene: lockScene) : ExploreReportText.text(report, scene: lockScene)
        FileHandle.standardOutput.write(Data(text.utf8))
        if !report.findings.isEmpty { Foundation.exit(1) }
        if report.stoppedEarly { Foundation.exit(3) }
    }
}
