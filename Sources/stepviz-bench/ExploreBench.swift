import StepvizCore
import StepvizEvents

/// `explore.naive2` and `explore.philosophers5.ordered`: the whole
/// `stepviz explore locks` search on real threads, ns per schedule (and
/// schedules per second), with the reduction's ratio: schedules tried over
/// every complete schedule (counted by ``InterleavingCount``, not run). No
/// baseline: nothing else explores these threads.
enum ExploreBench {
    static func rows(_ config: BenchConfig) -> [BenchRow] {
        [row("explore.naive2", options: EventRunOptions(scene: "naive"), config),
         row("explore.philosophers5.ordered", options: EventRunOptions(scene: "philosophers", ordered: true), config)]
    }

    static func row(_ name: String, options: EventRunOptions, _ config: BenchConfig) -> BenchRow {
        // Built from valid options only: cannot throw.
        let scene = try! LocksScene(options: options)
        let explorer = InterleavingExplorer(subject: scene.exploration, maxSchedules: config.isQuick ? 50 : 20_000)
        var medians: [Double] = []
        var report = explorer.explore()
        for _ in 0..<(config.isQuick ? 1 : 3) {
            report = explorer.explore()
            medians.append(report.seconds * 1e9 / Double(report.schedulesTried))
        }
        let nsPerSchedule = medians.sorted()[medians.count / 2]
        var extras: [(key: String, value: Double)] = [
            ("schedules_per_second", 1e9 / nsPerSchedule),
            ("schedules_tried", Double(report.schedulesTried)),
            ("end_states", Double(report.endStates.count)),
            ("deadlocks", Double(report.deadlocks.count)),
        ]
        var note: String?
        if report.stoppedEarly {
            // Five philosophers have more traces than a bench run can try:
            // the row is then a rate, over the first schedules of the search.
            note = "search capped at \(report.schedulesTried) schedules; no ratio"
        } else if let full = InterleavingCount(subject: scene.exploration, maxRuns: 200_000).count() {
            extras += [("full_interleavings", full), ("reduction_ratio", Double(report.schedulesTried) / full)]
        } else {
            note = "full interleaving count not reached within 200000 runs"
        }
        return BenchRow(name: name, nsPerOp: nsPerSchedule, extras: extras, note: note)
    }
}
