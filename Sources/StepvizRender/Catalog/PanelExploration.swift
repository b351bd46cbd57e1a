import StepvizCore
import StepvizEvents

/// What `stepviz explore` runs for a panel that can be explored: the
/// scene its options name, as an ``InterleavingSubject`` (its real threads
/// or its real scheduler), with the report's wording. A catalog entry with
/// one is explorable; `explore` needs nothing else from the panel.
///
///     let exploration = try entry.exploration(EventRunOptions().with(\.scene, "naive"))
///     let result = exploration.run(maxSchedules: 1000)
///     print(result.text)    // "explore locks: scene naive, 2 threads (states)" ...
public struct PanelExploration {
    /// Progress after each run: schedules so far, the deepest run, seconds.
    public typealias Progress = (_ schedules: Int, _ depth: Int, _ seconds: Double) -> Void

    /// How the report names the panel and its scene.
    public let report: ExploreReportText
    /// The reduction used when none is asked for.
    public let defaultReduction: ExplorationReduction
    private let explore: (ExplorationReduction, Int, Progress?) -> PanelExplorationResult

    /// The exploration of `subject`, reported as `report` says.
    public init<Subject: InterleavingSubject>(_ subject: Subject, report: ExploreReportText, defaultReduction: ExplorationReduction) {
        self.report = report
        self.defaultReduction = defaultReduction
        explore = { reduction, maxSchedules, progress in
            let explorer = InterleavingExplorer(subject: subject, reduction: reduction, maxSchedules: maxSchedules)
            let found = explorer.explore { step in progress?(step.schedules, step.depth, step.seconds) }
            return PanelExplorationResult(
                text: report.text(found), json: report.json(found),
                hasFindings: !found.findings.isEmpty, stoppedEarly: found.stoppedEarly)
        }
    }

    /// Runs every schedule that matters (up to `maxSchedules`), calling
    /// `progress` after each, and returns the report.
    public func run(reduction: ExplorationReduction? = nil, maxSchedules: Int, progress: Progress? = nil) -> PanelExplorationResult {
        explore(reduction ?? defaultReduction, maxSchedules, progress)
    }
}
