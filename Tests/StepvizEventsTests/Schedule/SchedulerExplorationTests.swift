import StepvizCore
import StepvizEvents
import Testing

/// Every interleaving of the real schedulers: brute force counts every
/// schedule (the multinomial of the coroutines' turns), the reduction the
/// same end states with fewer runs, and the round-robin transcript is one
/// of them.
@Suite("Scheduler exploration")
struct SchedulerExplorationTests {
    static func subject(_ kind: SchedulerScene.Kind, _ ops: String) throws -> SchedulerExploration {
        SchedulerExploration(scene: try SchedulerScene(kind: kind, ops: ops))
    }

    /// (a + b + ...)! / (a! b! ...): the interleavings of turn sequences.
    static func multinomial(_ counts: [Int]) -> Int {
        func factorial(_ n: Int) -> Int { (1...max(n, 1)).reduce(1, *) }
        return counts.reduce(factorial(counts.reduce(0, +))) { $0 / factorial($1) }
    }

    @Test func bruteForceRunsEveryInterleavingOfTheTurns() throws {
        // countdown 2: 3 turns, all printing; countup 2: 2 printing turns and a silent last one.
        let brute = InterleavingExplorer(subject: try Self.subject(.tasks, "countdown 2; countup 2"), reduction: .none).explore()
        #expect(brute.schedulesTried == Self.multinomial([3, 3]))
        // Distinct transcripts: the interleavings of 3 and 2 printed lines.
        #expect(brute.endStates.count == Self.multinomial([3, 2]))
        #expect(brute.findings.isEmpty)
    }

    @Test(arguments: [
        (SchedulerScene.Kind.tasks, "countdown 2; countup 2"),
        (.tasks, "countdown 1; countdown 1; countup 2"),
        (.actors, "send counter 2"),
        (.actors, "send counter 1; send printer 5"),
    ])
    func theReductionReachesTheSameEndStates(_ kind: SchedulerScene.Kind, _ ops: String) throws {
        let subject = try Self.subject(kind, ops)
        let brute = InterleavingExplorer(subject: subject, reduction: .none).explore()
        #expect(!brute.stoppedEarly && brute.replayMismatches == 0)
        for reduction in [ExplorationReduction.sourceSets, .stateCaching] {
            let reduced = InterleavingExplorer(subject: subject, reduction: reduction).explore()
            #expect(!reduced.stoppedEarly, "\(reduction)")
            #expect(Set(reduced.endStates.keys) == Set(brute.endStates.keys), "\(reduction)")
            #expect(reduced.schedulesTried <= brute.schedulesTried, "\(reduction)")
            #expect(reduced.replayMismatches == 0, "\(reduction)")
            print(
                "scheduler \(kind) \(ops): brute force \(brute.schedulesTried), \(reduction.rawValue) \(reduced.schedulesTried), end states \(brute.endStates.count)"
            )
        }
    }

    @Test func theRoundRobinTranscriptIsOneOfTheEndStates() throws {
        for ops in ["countdown 2; countup 2", "countdown 1; countdown 1; countup 2"] {
            let session = SchedulerSession(scene: try SchedulerScene(kind: .tasks, ops: ops))
            session.run()
            let transcript = session.steps.compactMap { step -> String? in
                if case .scheduler(.output(let task, let text)) = step.event { "#\(task) \(text)" } else { nil }
            }
            let report = InterleavingExplorer(subject: try Self.subject(.tasks, ops)).explore()
            #expect(report.endStates.keys.contains { $0.transcript == transcript }, "\(ops)")
        }
    }

    @Test func actorsAlwaysPrintTheCountdownInOrder() throws {
        // The counter sends 3, 2, 1 to the printer through one mailbox: every schedule prints them in order.
        let report = InterleavingExplorer(subject: try Self.subject(.actors, "send counter 3")).explore()
        #expect(report.endStates.count == 1)
        #expect(report.endStates.keys.first?.transcript == ["#1 Got: 3", "#1 Got: 2", "#1 Got: 1"])
        // The interleavings of counter and printer that differ: more than one schedule was needed.
        #expect(report.schedulesTried > 1)
    }
}
