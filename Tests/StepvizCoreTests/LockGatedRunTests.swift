import StepvizCore
import StepvizTestSupport
import Testing

/// Real threads taking real mutexes under the seeded step gate.
@Suite("GatedThreadRun: ordered and naive acquisition on real threads")
struct LockGatedRunTests {
    static let seeds: ClosedRange<UInt64> = 1...300

    @Test("Ordered acquisition never deadlocks: every thread finishes, all locks free")
    func orderedNeverDeadlocks() {
        for seed in Self.seeds {
            let program = CrossedPairProgram(ordered: true)
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 2, locks: program.locks, program.body)
            let events = recording.allEvents
            #expect(!events.contains { if case .deadlock = $0 { true } else { false } }, "seed \(seed)")
            #expect(end.finished == [1, 2] && end.aborted.isEmpty, "seed \(seed)")
            #expect(end.locks.allSatisfy { $0.holder == nil && $0.waiters.isEmpty }, "seed \(seed)")
            #expect(lockEventProblem(events) == nil, "seed \(seed): \(lockEventProblem(events) ?? "")")
            // Sorted by rank, both threads take x before y.
            var lastRequest: [Int: String] = [:]
            for case .request(let thread, let lock, _) in events {
                if lock == "y" { #expect(lastRequest[thread] == "x", "seed \(seed)") }
                lastRequest[thread] = lock
            }
        }
    }

    @Test("Naive acquisition: every deadlock is detected, the victim backs off, the run ends")
    func naiveDeadlocksAreDetected() {
        var deadlocked = 0
        for seed in Self.seeds {
            let program = CrossedPairProgram(ordered: false)
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 2, locks: program.locks, program.body)
            let events = recording.allEvents
            let deadlocks = events.compactMap { event -> [String]? in
                if case .deadlock(_, let report, _) = event { report } else { nil }
            }
            #expect(lockEventProblem(events) == nil, "seed \(seed): \(lockEventProblem(events) ?? "")")
            #expect(Set(end.finished + end.aborted) == [1, 2] && end.running.isEmpty && end.blocked.isEmpty, "seed \(seed)")
            #expect(end.aborted.count == deadlocks.count, "seed \(seed): one victim per deadlock")
            if let report = deadlocks.first {
                deadlocked += 1
                #expect(report.count == 2, "seed \(seed)")
                #expect(
                    report.allSatisfy { $0.hasPrefix("thread ") && $0.contains(" waits for lock ") && $0.contains("; blocked by thread ") })
            }
            // Bounded: 2 threads × 3 rounds × 4 actions + 2 ends.
            let turns = events.filter { if case .turn = $0 { true } else { false } }.count
            #expect(turns <= 26, "seed \(seed): \(turns) turns")
        }
        // Both outcomes occur over this many seeds (the schedule decides).
        #expect(deadlocked > 0 && deadlocked < Self.seeds.count, "\(deadlocked) of \(Self.seeds.count) runs deadlocked")
    }

    @Test("The same seed gives the same events and snapshots")
    func sameSeedSameEvents() {
        for seed in UInt64(1)...150 {
            for ordered in [false, true] {
                let first = CrossedPairProgram(ordered: ordered)
                let second = CrossedPairProgram(ordered: ordered)
                let (a, _) = LockRunRecording.run(seed: seed, threads: 2, locks: first.locks, first.body)
                let (b, _) = LockRunRecording.run(seed: seed, threads: 2, locks: second.locks, second.body)
                #expect(a.allEvents == b.allEvents, "seed \(seed) ordered \(ordered)")
                #expect(a.allSnapshots == b.allSnapshots, "seed \(seed) ordered \(ordered)")
            }
        }
    }

    @Test("Different seeds give different interleavings")
    func seedsChangeTheSchedule() {
        let schedules = Set(
            (UInt64(1)...40).map { seed -> [LockEvent] in
                let program = CrossedPairProgram(ordered: true)
                return LockRunRecording.run(seed: seed, threads: 2, locks: program.locks, program.body).0.allEvents
            })
        #expect(schedules.count > 5)
    }

    @Test("Taking a plain lock twice is a deadlock of one thread, broken the same way")
    func selfDeadlock() {
        for seed in UInt64(1)...20 {
            let x = RankedLock(rank: 1, name: "x")
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 1, locks: [x]) { thread in
                try thread.lock(x)
                try thread.lock(x)
            }
            let events = recording.allEvents
            #expect(events.contains(.deadlock(cycle: [1], report: ["thread 1 waits for lock x; blocked by thread 1"], victim: 1)))
            #expect(events.contains(.released(thread: 1, lock: "x", count: 0)))
            #expect(end.aborted == [1] && end.locks[0].holder == nil)
        }
    }

    @Test("A reentrant lock counts its holds and frees on the last release")
    func reentrantCounts() {
        let r = RankedLock(rank: 1, name: "r", reentrant: true)
        let other = RankedLock(rank: 2, name: "other")
        for seed in UInt64(1)...50 {
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 2, locks: [r, other]) { thread in
                if thread.id == 1 {
                    try thread.lock(r)
                    try thread.lock(r)
                    #expect(thread.held.count(of: r) == 2)
                    thread.unlock(r)
                    thread.unlock(r)
                } else {
                    try thread.lock(r)
                    thread.unlock(r)
                }
            }
            let events = recording.allEvents
            #expect(events.contains(.acquired(thread: 1, lock: "r", count: 2)), "seed \(seed)")
            #expect(events.contains(.released(thread: 1, lock: "r", count: 1)), "seed \(seed)")
            #expect(lockEventProblem(events) == nil, "seed \(seed): \(lockEventProblem(events) ?? "")")
            #expect(end.finished == [1, 2], "seed \(seed)")
        }
    }

    @Test("Three threads in a ring: the cycle of three is reported edge by edge")
    func threeCycle() {
        var sawThreeCycle = false
        for seed in UInt64(1)...200 {
            let locks = (0..<3).map { RankedLock(rank: $0, name: "l\($0)") }
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 3, locks: locks) { thread in
                let first = locks[thread.id - 1]
                let second = locks[thread.id % 3]
                try thread.lock(first)
                try thread.lock(second)
                thread.unlock(second)
                thread.unlock(first)
            }
            let events = recording.allEvents
            #expect(lockEventProblem(events) == nil, "seed \(seed): \(lockEventProblem(events) ?? "")")
            #expect(Set(end.finished + end.aborted) == [1, 2, 3], "seed \(seed)")
            for case .deadlock(let cycle, let report, _) in events where cycle.count == 3 {
                sawThreeCycle = true
                #expect(report.count == 3)
            }
        }
        #expect(sawThreeCycle)
    }

    @Test("Locks a body forgot to release are released when its thread ends")
    func forgottenLocksReleased() {
        for seed in UInt64(1)...30 {
            let x = RankedLock(rank: 1, name: "x")
            let y = RankedLock(rank: 2, name: "y")
            let (recording, end) = LockRunRecording.run(seed: seed, threads: 2, locks: [x, y]) { thread in
                try thread.lock(thread.id == 1 ? x : y)  // and never unlock
                if thread.id == 2 { try thread.lock(x) }
            }
            #expect(lockEventProblem(recording.allEvents) == nil, "seed \(seed)")
            #expect(end.finished == [1, 2] && end.locks.allSatisfy { $0.holder == nil }, "seed \(seed)")
        }
    }

    @Test("In a gated run a violation is one step: request, then violation, nothing taken")
    func gatedViolation() {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let (recording, end) = LockRunRecording.run(seed: 5, threads: 1, locks: [x, y]) { thread in
            try thread.withLocks([y]) { try thread.withLocks([x]) {} }
        }
        #expect(
            recording.allEvents == [
                .turn(thread: 1), .request(thread: 1, lock: "y", rank: 2), .acquired(thread: 1, lock: "y", count: 1),
                .turn(thread: 1), .request(thread: 1, lock: "x", rank: 1), .violation(thread: 1, lock: "x", held: ["y"]),
                .turn(thread: 1), .released(thread: 1, lock: "y", count: 0),
                .turn(thread: 1), .aborted(thread: 1, reason: "Lock Order Violation"),
            ])
        #expect(end.aborted == [1])
        #expect(recording.allSnapshots.count == 4)
    }

    @Test(
        "A violation inside a set names, in request and violation alike, the lock that offends",
        arguments: [
            // (the set asked for, the offending lock's name and rank, the locks held then)
            (["x", "y", "y", "z"], "y", 2, ["y"]),
            (["z", "y", "x", "x"], "x", 1, ["x"]),
            (["x", "z", "z"], "z", 3, ["z"]),
            (["w", "x"], "w", 0, ["z"]),
        ])
    func violationNamesTheOffendingLock(names: [String], offending: String, rank: Int, held: [String]) {
        let w = RankedLock(rank: 0, name: "w")
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let z = RankedLock(rank: 3, name: "z")
        let byName = ["w": w, "x": x, "y": y, "z": z]
        let set = names.map { byName[$0]! }
        // The last case first takes z, so the set's lowest lock is out of order.
        let holdsZ = names == ["w", "x"]
        let (recording, end) = LockRunRecording.run(seed: 2, threads: 1, locks: [w, x, y, z]) { thread in
            if holdsZ { try thread.lock(z) }
            try thread.acquire(set)
        }
        let events = recording.allEvents
        let firstViolation = events.firstIndex { if case .violation = $0 { true } else { false } }
        guard let index = firstViolation else {
            Issue.record("no violation in \(events)")
            return
        }
        #expect(events[index - 1] == .request(thread: 1, lock: offending, rank: rank))
        #expect(events[index] == .violation(thread: 1, lock: offending, held: held))
        #expect(end.aborted == [1] && end.locks.allSatisfy { $0.holder == nil })
    }
}
