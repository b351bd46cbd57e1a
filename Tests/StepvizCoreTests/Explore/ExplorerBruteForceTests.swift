import StepvizCore
import Testing

/// The reductions against brute force on scenes small enough to enumerate:
/// source-DPOR and state caching must reach the same end states, deadlocks
/// and violations as every schedule does, with fewer runs; state caching
/// also the same shortest schedules and the same count of schedules.
@Suite struct ExplorerBruteForceTests {
    /// `threads` threads, each taking the pair (odd: x then y, even: y then x)
    /// `rounds` times, in the given order (naive) or by rank.
    static func pairs(threads: Int, rounds: Int, ordered: Bool) -> LockRunExploration {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        return LockRunExploration(threads: threads, locks: [x, y]) { thread in
            let pair = thread.id % 2 == 1 ? [x, y] : [y, x]
            for _ in 0..<rounds {
                if ordered { try thread.withLocks(pair) {} } else { try thread.withLocksInGivenOrder(pair) {} }
            }
        }
    }

    /// `count` philosophers, each taking its left then right fork `meals` times (naive) or by rank.
    static func philosophers(_ count: Int, ordered: Bool, meals: Int = 1) -> LockRunExploration {
        let forks = (0..<count).map { RankedLock(rank: $0 + 1, name: "fork \($0 + 1)") }
        return LockRunExploration(threads: count, locks: forks) { thread in
            let pair = [forks[thread.id - 1], forks[thread.id % count]]
            for _ in 0..<meals {
                if ordered { try thread.withLocks(pair) {} } else { try thread.withLocksInGivenOrder(pair) {} }
            }
        }
    }

    /// Thread 1 nests y then x (a violation); thread 2 takes x alone.
    static func violation() -> LockRunExploration {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        return LockRunExploration(threads: 2, locks: [x, y]) { thread in
            if thread.id == 1 {
                try thread.withLocks([y]) { try thread.withLocks([x]) {} }
            } else {
                try thread.withLocks([x]) {}
            }
        }
    }

    // Brute force of three threads runs tens of thousands of schedules: the
    // ordered three-thread scenes are left to the reduction's own test below.
    static let subjects: [(String, LockRunExploration)] = [
        ("naive 2x1", pairs(threads: 2, rounds: 1, ordered: false)),
        ("naive 2x2", pairs(threads: 2, rounds: 2, ordered: false)),
        ("ordered 2x2", pairs(threads: 2, rounds: 2, ordered: true)),
        ("naive 3x1", pairs(threads: 3, rounds: 1, ordered: false)),
        ("philosophers 2", philosophers(2, ordered: false)),
        ("philosophers 2 ordered", philosophers(2, ordered: true)),
        ("philosophers 3", philosophers(3, ordered: false)),
        ("philosophers 3 ordered", philosophers(3, ordered: true)),
        ("violation", violation()),
    ]

    @Test(arguments: 0..<subjects.count)
    func sameEndStatesAndFindingsAsBruteForce(_ index: Int) {
        let (name, subject) = Self.subjects[index]
        let brute = InterleavingExplorer(subject: subject, reduction: .none).explore()
        let reduced = InterleavingExplorer(subject: subject, reduction: .sourceSets).explore()
        #expect(!brute.stoppedEarly && !reduced.stoppedEarly, "\(name)")
        #expect(Set(reduced.endStates.keys) == Set(brute.endStates.keys), "\(name): end states differ")
        #expect(Set(reduced.findings.map(\.finding)) == Set(brute.findings.map(\.finding)), "\(name): findings differ")
        #expect(reduced.schedulesTried <= brute.schedulesTried, "\(name)")
        #expect(reduced.replayMismatches == 0 && brute.replayMismatches == 0, "\(name)")
        // Brute force runs every complete schedule and is never cut.
        #expect(brute.sleepBlockedRuns == 0)
        expectStateCachingAgrees(with: brute, name, subject)
        print(
            "\(name): brute force \(brute.schedulesTried), source-DPOR \(reduced.schedulesTried) (\(reduced.sleepBlockedRuns) cut), end states \(brute.endStates.count), findings \(brute.findings.count)"
        )
    }

    /// State caching against brute force: the same end states and
    /// findings, each with the very same shortest schedule (both report
    /// the shortest, then lexicographically first, of all schedules), and
    /// as many complete schedules counted on the state graph as brute
    /// force ran. Called by the test above, which has run brute force
    /// already (brute force takes most of this suite's time).
    func expectStateCachingAgrees(with brute: ExplorationReport<LockRunSnapshot>, _ name: String, _ subject: LockRunExploration) {
        let cached = InterleavingExplorer(subject: subject, reduction: .stateCaching).explore()
        #expect(!brute.stoppedEarly && !cached.stoppedEarly, "\(name)")
        #expect(cached.endStates == brute.endStates, "\(name): end states or their shortest schedules differ")
        #expect(cached.findings == brute.findings, "\(name): findings or their shortest schedules differ")
        #expect(cached.findings.map(\.schedule.count) == brute.findings.map(\.schedule.count), "\(name)")
        #expect(cached.replayMismatches == 0, "\(name)")
        #expect(cached.completeSchedules == Double(brute.completeRuns), "\(name): complete schedules counted on the graph")
        #expect(cached.schedulesTried < brute.schedulesTried, "\(name)")
        #expect(cached.schedulesTried == cached.completeRuns + cached.cacheCutRuns, "\(name)")
        #expect(cached.distinctStates > 0 && cached.stateEdges >= cached.distinctStates - 1, "\(name)")
        print(
            "\(name): brute force \(brute.schedulesTried), state caching \(cached.schedulesTried) (\(cached.cacheCutRuns) cut by the cache), \(cached.distinctStates) states"
        )
    }

    /// The scenes source-DPOR cannot finish (hundreds of thousands of
    /// traces) have a few thousand states: state caching explores them to
    /// the end and proves them free of deadlocks and violations. (Four
    /// threads and four or five philosophers take too long for a debug
    /// build: they are the `explore.*` rows of stepviz-bench.)
    @Test(arguments: [
        ("ordered 3x3", pairs(threads: 3, rounds: 3, ordered: true)),
        ("philosophers 3 ordered x2", philosophers(3, ordered: true, meals: 2)),
    ])
    func orderedScenesOfThreeThreadsAreDeadlockFreeOverEverySchedule(_ name: String, _ subject: LockRunExploration) {
        let report = InterleavingExplorer(subject: subject, reduction: .stateCaching).explore()
        #expect(!report.stoppedEarly, "\(name)")
        #expect(report.findings.isEmpty, "\(name)")
        #expect(report.endStates.count == 1, "\(name): every thread finishes, whatever the schedule")
        #expect(report.cacheCutRuns > 0, "\(name)")
        // Brute force would run every complete schedule: far more.
        #expect((report.completeSchedules ?? 0) > Double(report.schedulesTried) * 1000, "\(name)")
        print(
            "\(name): \(report.schedulesTried) schedules, \(report.distinctStates) states, \(report.completeSchedules ?? 0) complete schedules"
        )
    }

    /// A search stopped by the cap says so and claims no schedule count.
    @Test func stateCachingStoppedEarlySaysSo() {
        let report = InterleavingExplorer(
            subject: Self.pairs(threads: 2, rounds: 2, ordered: false), reduction: .stateCaching, maxSchedules: 3
        ).explore()
        #expect(report.schedulesTried == 3)
        #expect(report.stoppedEarly)
        #expect(report.completeSchedules == nil)
    }

    @Test func shortestDeadlockOfTheNaivePairIsFourSteps() {
        let report = InterleavingExplorer(subject: Self.pairs(threads: 2, rounds: 1, ordered: false)).explore()
        #expect(report.deadlocks.count == 2)
        #expect(report.deadlocks.allSatisfy { $0.schedule.count == 4 })
        #expect(Set(report.deadlocks.map(\.schedule)) == [[1, 2, 2, 1], [1, 2, 1, 2]])
    }

    @Test(arguments: [ExplorationReduction.sourceSets, .stateCaching])
    func orderedScenesReachNoDeadlock(_ reduction: ExplorationReduction) {
        for subject in [Self.pairs(threads: 2, rounds: 2, ordered: true), Self.philosophers(3, ordered: true)] {
            let report = InterleavingExplorer(subject: subject, reduction: reduction).explore()
            #expect(report.findings.isEmpty)
            #expect(report.completeRuns > 0)
        }
    }

    @Test func maxSchedulesStopsTheSearchAndSaysSo() {
        let report = InterleavingExplorer(subject: Self.pairs(threads: 2, rounds: 2, ordered: false), reduction: .none, maxSchedules: 3)
            .explore()
        #expect(report.schedulesTried == 3)
        #expect(report.stoppedEarly)
    }

    @Test(arguments: [ExplorationReduction.sourceSets, .stateCaching])
    func sameReportEveryTime(_ reduction: ExplorationReduction) {
        let subject = Self.philosophers(3, ordered: false)
        let first = InterleavingExplorer(subject: subject, reduction: reduction).explore()
        let second = InterleavingExplorer(subject: subject, reduction: reduction).explore()
        #expect(first.schedulesTried == second.schedulesTried)
        #expect(first.findings == second.findings)
        #expect(first.endStates == second.endStates)
    }
}
