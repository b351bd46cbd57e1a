#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a subject under every schedule that matters: depth first over the
/// choice at each step, each schedule a real run from the start, pruned by
/// ``ExplorationReduction/stateCaching`` (each distinct state expanded
/// once; the default), ``ExplorationReduction/sourceSets`` (source-DPOR
/// with sleep sets) or not at all (``ExplorationReduction/none``, to check
/// the reductions against).
///
///     let explorer = InterleavingExplorer(subject: LockRunExploration(threads: 2, locks: [x, y], body: body))
///     let report = explorer.explore()
///     report.deadlocks.first?.schedule    // the shortest schedule to a deadlock
///
/// Source-DPOR and brute force are stateless: nothing of a run is kept but
/// its steps' footprints, so memory is O(depth × threads); the price is
/// one run per trace at least. State caching keeps every distinct state's
/// fingerprint and edges instead, and runs about once per edge of the
/// state graph, which for lock scenes is far smaller.
///
/// - Complexity: O(*s* (*r* + *n*³)) for *s* schedules of *n* steps, each
///   run costing *r*; without state caching *s* is at least the number of
///   Mazurkiewicz traces, with it about the number of state-graph edges.
public struct InterleavingExplorer<Subject: InterleavingSubject> {
    /// What is explored: a scene that runs under any schedule.
    public let subject: Subject
    /// Which schedules are left out, and how.
    public let reduction: ExplorationReduction
    /// The most runs to make; the report says when there were more to try.
    public let maxSchedules: Int

    /// An explorer of `subject` with `reduction`, which stops after `maxSchedules` runs.
    public init(subject: Subject, reduction: ExplorationReduction = .stateCaching, maxSchedules: Int = 1_000_000) {
        precondition(maxSchedules > 0, "maxSchedules must be positive")
        self.subject = subject
        self.reduction = reduction
        self.maxSchedules = maxSchedules
    }

    /// How far a search is: reported after each run to `progress`.
    public struct Progress: Sendable {
        /// Schedules run so far.
        public var schedules: Int
        /// The longest schedule so far, in steps.
        public var depth: Int
        /// Seconds since the search began.
        public var seconds: Double
    }

    /// Explores; `progress` is called after every run (keep it cheap).
    ///
    /// - Complexity: see the type.
    public func explore(progress: ((Progress) -> Void)? = nil) -> ExplorationReport<Subject.EndState> {
        if reduction == .stateCaching { return exploreStates(progress: progress) }
        let start = Self.now()
        var report = ExplorationReport<Subject.EndState>(reduction: reduction)
        var shortest: [InterleavingFinding: [Int]] = [:]
        let search = _Search(reduction: reduction)
        while true {
            let prefix = search.nodes.map(\.chosen)
            search.beginRun(prefixLength: prefix.count)
            let result = subject.execute { step, runnable, previous, _ in
                search.choose(step: step, runnable: runnable, previous: previous)
            }
            search.endRun(result.steps)
            report.schedulesTried += 1
            report.maxDepth = max(report.maxDepth, result.steps.count)
            let order = _HappensBefore(result.steps)
            if reduction == .sourceSets { search.addBacktracks(order, from: max(prefix.count - 1, 0)) }
            let schedule = result.steps.map(\.thread)
            if let end = result.endState {
                report.completeRuns += 1
                if let known = report.endStates[end] {
                    if Self.shorter(schedule, than: known) { report.endStates[end] = schedule }
                } else {
                    report.endStates[end] = schedule
                }
            } else {
                report.sleepBlockedRuns += 1
            }
            for (index, step) in result.steps.enumerated() {
                for finding in step.findings {
                    // Only the steps this finding needed: what happens before it.
                    let needed = (0...index).filter { order.precedes($0, index) }.map { result.steps[$0].thread }
                    if shortest[finding].map({ Self.shorter(needed, than: $0) }) ?? true { shortest[finding] = needed }
                }
            }
            progress?(Progress(schedules: report.schedulesTried, depth: result.steps.count, seconds: Self.now() - start))
            guard search.nextBranch() else { break }
            if report.schedulesTried >= maxSchedules {
                report.stoppedEarly = true
                break
            }
        }
        finish(&report, shortest: shortest, start: start)
        return report
    }

    /// ``ExplorationReduction/stateCaching``: the runs build the state
    /// graph (``_StateGraphSearch``); the end states, findings and their
    /// shortest schedules are read off the graph (``_StateGraph``).
    private func exploreStates(progress: ((Progress) -> Void)?) -> ExplorationReport<Subject.EndState> {
        let start = Self.now()
        var report = ExplorationReport<Subject.EndState>(reduction: reduction)
        let search = _StateGraphSearch<Subject.StateFingerprint, Subject.EndState>()
        while true {
            search.beginRun()
            let result = subject.execute { step, runnable, previous, state in
                search.choose(step: step, runnable: runnable, previous: previous, state: state)
            }
            search.endRun(steps: result.steps, endState: result.endState, finalState: result.finalState)
            report.schedulesTried += 1
            report.maxDepth = max(report.maxDepth, result.steps.count)
            if result.endState != nil {
                report.completeRuns += 1
            } else if search.cutByCache {
                report.cacheCutRuns += 1
            }
            progress?(Progress(schedules: report.schedulesTried, depth: result.steps.count, seconds: Self.now() - start))
            guard search.nextBranch() else { break }
            if report.schedulesTried >= maxSchedules {
                report.stoppedEarly = true
                break
            }
        }
        let graph = search.graph
        let schedules = graph.shortestSchedules()
        report.distinctStates = graph.vertexCount
        report.stateEdges = graph.edgeCount
        report.inferredStateEdges = graph.inferredEdgeCount
        if !report.stoppedEarly { report.completeSchedules = graph.completeSchedules() }
        report.endStates = graph.shortestToEnds(schedules)
        finish(&report, shortest: graph.shortestToFindings(schedules), start: start)
        return report
    }

    /// Keeps the shortest schedules that replay to their findings, sorts
    /// the findings and stops the clock.
    private func finish(_ report: inout ExplorationReport<Subject.EndState>, shortest: [InterleavingFinding: [Int]], start: Double) {
        for (finding, schedule) in shortest {
            if replays(schedule, to: finding) {
                report.findings.append(.init(finding: finding, schedule: schedule))
            } else {
                report.replayMismatches += 1
            }
        }
        report.findings.sort {
            ($0.finding.kind, $0.schedule.count, $0.finding.summary) < ($1.finding.kind, $1.schedule.count, $1.finding.summary)
        }
        report.seconds = Self.now() - start
    }

    /// Whether running exactly `schedule` meets `finding` in its last step
    /// (the check that the shortened schedule is really a replay).
    private func replays(_ schedule: [Int], to finding: InterleavingFinding) -> Bool {
        let result = subject.execute { step, runnable, _, _ in
            guard step < schedule.count, runnable.contains(schedule[step]) else { return .stop }
            return .take(schedule[step])
        }
        return result.steps.count == schedule.count && result.steps.last?.findings.contains(finding) == true
    }

    private static func shorter(_ a: [Int], than b: [Int]) -> Bool { _Schedules.shorter(a, than: b) }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
