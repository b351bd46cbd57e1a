import StepvizCore
import StepvizEvents

/// `explore.*`: the whole `stepviz explore locks` search (state caching,
/// the default) on real threads, ns per schedule (and schedules per
/// second), the states found, and the reduction's ratio: schedules tried
/// over every complete schedule (what brute force would run), counted on
/// the state graph and, for the naive pair, checked against
/// ``InterleavingCount``. The ordered rows are the scenes that must come
/// out deadlock-free (too slow for a debug test build). No baseline:
/// nothing else explores these threads.
enum ExploreBench {
    static func rows(_ config: BenchConfig) -> [BenchRow] {
        [
            row("explore.naive2", options: EventRunOptions().with(\.scene, "naive"), crossCheck: true, config),
            row("explore.ordered3", options: EventRunOptions().with(\.scene, "ordered").with(\.threads, 3), config),
            row("explore.ordered4", options: EventRunOptions().with(\.scene, "ordered").with(\.threads, 4), config),
            row(
                "explore.philosophers4.ordered",
                options: EventRunOptions().with(\.scene, "philosophers").with(\.threads, 4).with(\.ordered, true), config),
            row("explore.philosophers5.ordered", options: EventRunOptions().with(\.scene, "philosophers").with(\.ordered, true), config),
        ]
    }

    static func row(_ name: String, options: EventRunOptions, crossCheck: Bool = false, _ config: BenchConfig) -> BenchRow {
        // Built from valid options only: cannot throw.
        let scene = try! LocksScene(options: options)
        let explorer = InterleavingExplorer(subject: scene.exploration, maxSchedules: config.isQuick ? 50 : 1_000_000)
        var report = explorer.explore()
        var nsPerSchedule = [report.seconds * 1e9 / Double(report.schedulesTried)]
        // A search of more than a few seconds is its own long sample; the
        // short ones are repeated for a median.
        if report.seconds < 5 && !config.isQuick {
            for _ in 0..<3 {
                report = explorer.explore()
                nsPerSchedule.append(report.seconds * 1e9 / Double(report.schedulesTried))
            }
        }
        let median = nsPerSchedule.sorted()[nsPerSchedule.count / 2]
        var extras: [(key: String, value: Double)] = [
            ("schedules_per_second", 1e9 / median),
            ("schedules_tried", Double(report.schedulesTried)),
            ("seconds", report.seconds),
            ("distinct_states", Double(report.distinctStates)),
            ("state_edges", Double(report.stateEdges)),
            ("inferred_state_edges", Double(report.inferredStateEdges)),
            ("end_states", Double(report.endStates.count)),
            ("deadlocks", Double(report.deadlocks.count)),
            ("violations", Double(report.violations.count)),
        ]
        var note: String?
        if report.stoppedEarly {
            // --quick: the row is a rate over the first schedules of the search.
            note = "search capped at \(report.schedulesTried) schedules; no ratio"
        } else if let full = report.completeSchedules {
            extras += [("full_interleavings", full), ("reduction_ratio", Double(report.schedulesTried) / full)]
            if crossCheck, let counted = InterleavingCount(subject: scene.exploration, maxRuns: 200_000).count(), counted != full {
                note = "state graph counts \(full) complete schedules, InterleavingCount \(counted): a fingerprint or footprint is wrong"
            }
        }
        return BenchRow(name: name, nsPerOp: median, extras: extras, note: note)
    }
}
