import ArgumentParser
import Foundation
import StepvizCore
import StepvizEvents

/// `stepviz explore locks|scheduler [scene options]`: runs the scene on its
/// real threads (or the real scheduler) under every schedule that matters (state caching: each
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

    @Argument(help: "locks or scheduler.")
    var panel: String

    @Option(help: "locks: ordered, naive, violation or philosophers; scheduler: tasks or actors.")
    var scene: String?

    @Option(help: "scheduler: the coroutines or messages, e.g. \"countdown 2; countup 3\".")
    var ops: String?

    @Option(parsing: .unconditional, help: "locks: number of threads (2 to 12).")
    var threads: Int?

    @Flag(help: "locks: philosophers take their forks in rank order.")
    var ordered = false

    @Option(name: .customLong("max-schedules"), parsing: .unconditional, help: "The most schedules to run.")
    var maxSchedules = 200_000

    @Option(help: "states (state caching: each distinct state expanded once; the default for locks), source (source-DPOR with sleep sets; the default for scheduler, whose every printing turn changes the transcript) or none (every schedule, to check the reductions).")
    var reduction: String?

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    func run() throws {
        guard ["locks", "scheduler"].contains(panel) else {
            throw CommandLineError("unknown panel '\(panel)' for explore (expected: locks, scheduler)")
        }
        guard maxSchedules >= 1 else { throw CommandLineError("--max-schedules \(maxSchedules) is out of range (at least 1)") }
        let chosenReduction: ExplorationReduction
        // Locks scenes have few states and many traces; a scheduler's
        // transcript makes every state a trace, where source-DPOR runs one
        // schedule per distinct transcript and state caching about two.
        switch reduction ?? (panel == "locks" ? "states" : "source") {
        case "states": chosenReduction = .stateCaching
        case "source": chosenReduction = .sourceSets
        case "none": chosenReduction = .none
        case let other: throw CommandLineError("unknown reduction '\(other)' (expected states, source or none)")
        }
        let options = EventRunOptions(ops: ops, scene: scene, threads: threads, ordered: ordered)
        switch panel {
        case "locks":
            // LocksScene names an --ops given to it.
            let lockScene = try Self.scene { () throws(OperationParseError) in try LocksScene(options: options) }
            let text = ExploreReportText(panel: panel, label: lockScene.label, sceneArguments: lockScene.sceneArguments) { object in
                object.field("scene", lockScene.kind.rawValue)
                object.field("threads", lockScene.threads)
                object.field("ordered", lockScene.isOrdered)
            }
            explore(lockScene.exploration, reduction: chosenReduction, report: text)
        default:
            let schedulerScene = try Self.scene { () throws(OperationParseError) in
                try options.rejectUnused(except: [.ops, .scene], panel: panel)
                return try SchedulerScene(options: options)
            }
            let ops = schedulerScene.operations.map(\.description).joined(separator: "; ")
            let text = ExploreReportText(panel: panel, label: "scene \(schedulerScene.kind.rawValue), \(ops)",
                                         sceneArguments: schedulerScene.sceneArguments) { object in
                object.field("scene", schedulerScene.kind.rawValue)
                object.field("ops", ops)
            }
            explore(SchedulerExploration(scene: schedulerScene), reduction: chosenReduction, report: text)
        }
    }

    /// The scene the options ask for, or exit 2 naming what is wrong.
    private static func scene<Scene>(_ make: () throws(OperationParseError) -> Scene) throws(CommandLineError) -> Scene {
        do {
            return try make()
        } catch {
            throw CommandLineError(error.message)
        }
    }

    /// Explores `subject`, with progress on standard error after the first
    /// second, prints the report and exits 1 (a finding) or 3 (stopped early).
    private func explore<Subject: InterleavingSubject>(_ subject: Subject, reduction: ExplorationReduction, report text: ExploreReportText) {
        let explorer = InterleavingExplorer(subject: subject, reduction: reduction, maxSchedules: maxSchedules)
        var lastReport = 1.0
        let report = explorer.explore { progress in
            // Quiet for a second, then a line a second: a quick search says nothing.
            guard progress.seconds >= lastReport else { return }
            lastReport = progress.seconds.rounded(.down) + 1
            let line = String(format: "explore: %d schedules, %.0f/s, depth %d\n",
                              progress.schedules, Double(progress.schedules) / progress.seconds, progress.depth)
            FileHandle.standardError.write(Data(line.utf8))
        }
        FileHandle.standardOutput.write(Data((json ? text.json(report) : text.text(report)).utf8))
        if !report.findings.isEmpty { Foundation.exit(1) }
        if report.stoppedEarly { Foundation.exit(3) }
    }
}
