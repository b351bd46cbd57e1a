import Foundation
import StepvizCore
import StepvizEvents

/// `stepviz explore`'s report, as text for a person or one JSON object:
/// the same report for every panel, told which scene it explored.
public struct ExploreReportText {
    /// `locks`, `scheduler`.
    public let panel: String
    /// `scene naive, 2 threads`: what the first line says was explored.
    public let label: String
    /// The options that ask for the scene (`--scene naive`).
    public let sceneArguments: [String]
    /// The scene's own JSON fields (`"scene":"naive","threads":2,...`).
    let sceneFields: (inout JSONObjectWriter) -> Void
    /// What the panel's runs can go wrong with, in the order the report
    /// lists them: deadlocks and violations for the locks; deadlocks,
    /// stuck ends and raised errors for the threading scenes.
    public let findingKinds: [InterleavingFinding.Kind]

    public init(
        panel: String, label: String, sceneArguments: [String], findingKinds: [InterleavingFinding.Kind] = [.deadlock, .violation],
        sceneFields: @escaping (inout JSONObjectWriter) -> Void
    ) {
        self.panel = panel
        self.label = label
        self.sceneArguments = sceneArguments
        self.findingKinds = findingKinds
        self.sceneFields = sceneFields
    }

    /// How the report names a kind: `deadlocks`, `stuck runs`.
    private static func plural(_ kind: InterleavingFinding.Kind) -> String {
        switch kind {
        case .deadlock: "deadlocks"
        case .violation: "violations"
        case .stuck: "stuck runs"
        case .error: "errors"
        }
    }

    private static func singular(_ kind: InterleavingFinding.Kind) -> String {
        switch kind {
        case .deadlock: "a deadlock"
        case .violation: "a violation"
        case .stuck: "a stuck run"
        case .error: "an error"
        }
    }

    /// `no deadlock and no violation`, `no deadlock, no stuck run and no error`.
    private var noneText: String {
        let names = findingKinds.map { "no " + Self.singular($0).split(separator: " ", maxSplits: 1)[1] }
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The line that replays `schedule`: `stepviz watch locks --scene naive --schedule 1,2,2,1`.
    public func command(_ schedule: [Int], verb: String = "watch") -> String {
        TurnSchedule(threads: schedule).command(verb: verb, panel: panel, sceneArguments: sceneArguments)
    }

    public func text<EndState>(_ report: ExplorationReport<EndState>) -> String {
        var lines = ["explore \(panel): \(label) (\(report.reduction.rawValue))"]
        if report.reduction == .stateCaching {
            lines.append(
                String(
                    format: "schedules tried: %d (%d complete, %d cut by the state cache), in %.2f s, %.0f schedules/s, up to %d steps",
                    report.schedulesTried, report.completeRuns, report.cacheCutRuns,
                    report.seconds, report.schedulesPerSecond, report.maxDepth))
            lines.append(
                "distinct states: \(report.distinctStates) (\(report.stateEdges) steps between them, \(report.inferredStateEdges) of them inferred by commuting)"
            )
        } else {
            lines.append(
                String(
                    format: "schedules tried: %d (%d complete, %d cut by sleep sets), in %.2f s, %.0f schedules/s, up to %d steps",
                    report.schedulesTried, report.completeRuns, report.sleepBlockedRuns,
                    report.seconds, report.schedulesPerSecond, report.maxDepth))
        }
        if report.stoppedEarly {
            lines.append("stopped early: --max-schedules reached with orders left to try (the counts below are a lower bound)")
        }
        lines.append("distinct end states: \(report.endStates.count)")
        for kind in findingKinds {
            let found = report.findings.filter { $0.finding.kind == kind }
            lines.append("\(Self.plural(kind)) found: \(found.count)")
            for item in found {
                lines.append("  \(item.finding.summary)")
                lines.append("    shortest schedule (\(item.schedule.count) steps): \(command(item.schedule))")
            }
        }
        if report.findings.isEmpty {
            lines.append(
                report.stoppedEarly
                    ? "result: none found so far (search incomplete)"
                    : "result: \(noneText) is reachable")
        } else {
            let first = findingKinds.first { kind in report.findings.contains { $0.finding.kind == kind } } ?? .deadlock
            lines.append("result: \(Self.singular(first)) is reachable")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json<EndState>(_ report: ExplorationReport<EndState>) -> String {
        var object = JSONObjectWriter()
        object.field("panel", panel)
        sceneFields(&object)
        object.field("reduction", report.reduction.rawValue)
        object.field("schedules_tried", report.schedulesTried)
        object.field("complete_runs", report.completeRuns)
        object.field("sleep_blocked_runs", report.sleepBlockedRuns)
        object.field("cache_cut_runs", report.cacheCutRuns)
        object.field("distinct_states", report.distinctStates)
        object.field("state_edges", report.stateEdges)
        object.field("inferred_state_edges", report.inferredStateEdges)
        object.field("distinct_end_states", report.endStates.count)
        object.rawField("deadlocks", found(report.deadlocks))
        for kind in findingKinds where kind != .deadlock {
            let found = found(report.findings.filter { $0.finding.kind == kind })
            switch kind {
            case .violation: object.rawField("violations", found)
            case .stuck: object.rawField("stuck", found)
            case .error: object.rawField("errors", found)
            case .deadlock: break
            }
        }
        object.field("max_depth", report.maxDepth)
        object.field("stopped_early", report.stoppedEarly)
        object.rawField("seconds", Array(String(format: "%.3f", report.seconds).utf8))
        object.rawField("schedules_per_second", Array(String(format: "%.1f", report.schedulesPerSecond).utf8))
        return String(decoding: object.finish(), as: UTF8.self) + "\n"
    }

    private func found<EndState>(_ items: [ExplorationReport<EndState>.Found]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var object = JSONObjectWriter(bytes: bytes)
            object.field("summary", item.finding.summary)
            object.field("schedule", item.schedule)
            object.field("command", command(item.schedule))
            bytes = object.finish()
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
