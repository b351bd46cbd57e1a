import StepvizCore
import Testing

/// The reduction against brute force on scenes small enough to enumerate:
/// source-DPOR must reach the same end states, deadlocks and violations as
/// every schedule does, with fewer runs.
@Suite struct ExplorerBruteForceTests {
    /// `threads` threads, each taking the pair (odd: x then y, even: y then x)
    /// `rounds` times, in the given order (naive) or by rank.
    static func pairs(threads: Int, rounds: Int, ordered: Bool) -> LockRunExploration {
        let x = RankedLock(rank: 1, name: "x"), y = RankedLock(rank: 2, name: "y")
        return LockRunExploration(threads: threads, locks: [x, y]) { thread in
            let pair = thread.id % 2 == 1 ? [x, y] : [y, x]
            for _ in 0..<rounds {
                if ordered { try thread.withLocks(pair) {} } else { try thread.withLocksInGivenOrder(pair) {} }
            }
        }
    }

    static func philosophers(_ count: Int, ordered: Bool) -> LockRunExploration {
        let forks = (0..<count).map { RankedLock(rank: $0 + 1, name: "fork \($0 + 1)") }
        return LockRunExploration(threads: count, locks: forks) { thread in
            let pair = [forks[thread.id - 1], forks[thread.id % count]]
            if ordered { try thread.withLocks(pair) {} } else { try thread.withLocksInGivenOrder(pair) {} }
        }
    }

    /// Thread 1 nests y then x (a violation); thread 2 takes x alone.
    static func violation() -> LockRunExploration {
        let x = RankedLock(rank: 1, name: "x"), y = RankedLock(rank: 2, name: "y")
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
        ("philosophers 3", philosophers(3, ordered: false)),
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
        print("\(name): brute force \(brute.schedulesTried), source-DPOR \(reduced.schedulesTried) (\(reduced.sleepBlockedRuns) cut), end states \(brute.endStates.count), findings \(brute.findings.count)")
    }

    @Test func shortestDeadlockOfTheNaivePairIsFourSteps() {
        let report = InterleavingExplorer(subject: Self.pairs(threads: 2, rounds: 1, ordered: false)).explore()
        #expect(report.deadlocks.count == 2)
        #expect(report.deadlocks.allSatisfy { $0.schedule.count == 4 })
        #expect(Set(report.deadlocks.map(\.schedule)) == [[1, 2, 2, 1], [1, 2, 1, 2]])
    }

    @Test func orderedScenesReachNoDeadlock() {
        for subject in [Self.pairs(threads: 2, rounds: 2, ordered: true), Self.philosophers(3, ordered: true)] {
            let report = InterleavingExplorer(subject: subject).explore()
            #expect(report.findings.isEmpty)
            #expect(report.completeRuns > 0)
        }
    }

    @Test func maxSchedulesStopsTheSearchAndSaysSo() {
        let report = InterleavingExplorer(subject: Self.pairs(threads: 2, rounds: 2, ordered: false), reduction: .none, maxSchedules: 3).explore()
        #expect(report.schedulesTried == 3)
        #expect(report.stoppedEarly)
    }

    @Test func sameReportEveryTime() {
        let subject = Self.philosophers(3, ordered: false)
        let first = InterleavingExplorer(subject: subject).explore()
        let second = InterleavingExplorer(subject: subject).explore()
        #expect(first.schedulesTried == second.schedulesTried)
        #expect(first.findings == second.findings)
        #expect(first.endStates == second.endStates)
    }
}
