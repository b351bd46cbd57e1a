import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// Every locks scene over hundreds of seeds, on real threads.
@Suite("Locks scenes over many seeds")
struct LockSceneTests {
    static let seeds: ClosedRange<UInt64> = 1...200

    static func session(_ scene: String, seed: UInt64, threads: Int? = nil, ordered: Bool = false) throws -> LocksSession {
        let session = LocksSession(
            scene: try LocksScene(
                options: EventRunOptions(seed: seed).with(\.scene, scene).with(\.threads, threads).with(\.ordered, ordered)))
        session.run()
        return session
    }

    static func lockEvents(_ session: LocksSession) -> [LockEvent] {
        session.steps.compactMap { if case .lock(let event) = $0.event { event } else { nil } }
    }

    static func deadlockCount(_ session: LocksSession) -> Int {
        lockEvents(session).filter { if case .deadlock = $0 { true } else { false } }.count
    }

    /// Every run ends: no thread running or blocked, every lock free, each
    /// thread finished or aborted once, within the scene's bound of turns.
    static func checkEnded(_ session: LocksSession, context: Comment) throws {
        let end = try #require(session.finalState, context)
        #expect(end.running.isEmpty && end.blocked.isEmpty, context)
        #expect((end.finished + end.aborted).sorted() == Array(1...session.scene.threads), context)
        #expect(end.locks.allSatisfy { $0.holder == nil && $0.count == 0 && $0.waiters.isEmpty }, context)
        // Each thread: at most 4 lock actions per round or meal, plus its end.
        let perThread = 4 * max(LocksScene.rounds, LocksScene.meals) + 4
        #expect(session.operationLabels.count <= 1 + session.scene.threads * perThread, context)
        #expect(session.steps.last.map { if case .state(let state) = $0.event { state == end } else { false } } == true, context)
    }

    /// No operation may end with a cycle among the blocked threads (an
    /// undetected deadlock), judged from the states alone.
    static func checkNoStandingCycle(_ session: LocksSession, context: Comment) {
        for case .state(let state) in session.steps.map(\.event) {
            var waitsFor: [Int: Int] = [:]
            for lock in state.locks { for waiter in lock.waiters { waitsFor[waiter] = lock.holder } }
            for start in waitsFor.keys {
                var thread = start
                for _ in 0...waitsFor.count {
                    guard let next = waitsFor[thread] else { break }
                    thread = next
                    #expect(thread != start, "\(context): threads wait in a cycle through \(start)")
                    if thread == start { break }
                }
            }
        }
    }

    @Test("ordered: never deadlocks, both threads finish, for every seed")
    func ordered() throws {
        for seed in Self.seeds {
            let session = try Self.session("ordered", seed: seed)
            try Self.checkEnded(session, context: "seed \(seed)")
            #expect(Self.deadlockCount(session) == 0, "seed \(seed)")
            #expect(session.finalState?.finished == [1, 2], "seed \(seed)")
        }
    }

    @Test("naive: deadlocks on some schedules, each detected, one victim, the run ends")
    func naive() throws {
        var deadlocked = 0
        for seed in Self.seeds {
            let session = try Self.session("naive", seed: seed)
            try Self.checkEnded(session, context: "seed \(seed)")
            Self.checkNoStandingCycle(session, context: "seed \(seed)")
            let deadlocks = Self.deadlockCount(session)
            #expect(deadlocks == session.finalState?.aborted.count, "seed \(seed): one victim per deadlock")
            if deadlocks > 0 { deadlocked += 1 }
        }
        #expect(deadlocked > 10 && deadlocked < Self.seeds.count - 10, "\(deadlocked) of \(Self.seeds.count) runs deadlocked")
    }

    @Test("violation: the out-of-order nesting is always flagged, before blocking")
    func violation() throws {
        for seed in Self.seeds {
            let session = try Self.session("violation", seed: seed)
            try Self.checkEnded(session, context: "seed \(seed)")
            let events = Self.lockEvents(session)
            let violations = events.filter { if case .violation = $0 { true } else { false } }
            #expect(violations == [.violation(thread: 1, lock: "x", held: ["y"])], "seed \(seed)")
            #expect(session.finalState?.aborted == [1] && session.finalState?.finished == [2], "seed \(seed)")
            #expect(events.contains(.aborted(thread: 1, reason: "Lock Order Violation")), "seed \(seed)")
            #expect(Self.deadlockCount(session) == 0, "seed \(seed)")
            // Flagged before blocking: thread 1 never waits for x while holding y.
            if let index = events.firstIndex(where: { if case .violation = $0 { true } else { false } }) {
                #expect(events[index - 1] == .request(thread: 1, lock: "x", rank: 1), "seed \(seed)")
            }
        }
    }

    @Test("philosophers: naive can deadlock (always broken); --ordered never does", arguments: [2, 3, 5])
    func philosophers(threads: Int) throws {
        var naiveDeadlocks = 0
        for seed in UInt64(1)...120 {
            let naive = try Self.session("philosophers", seed: seed, threads: threads)
            try Self.checkEnded(naive, context: "naive seed \(seed)")
            Self.checkNoStandingCycle(naive, context: "naive seed \(seed)")
            if Self.deadlockCount(naive) > 0 { naiveDeadlocks += 1 }

            let ordered = try Self.session("philosophers", seed: seed, threads: threads, ordered: true)
            try Self.checkEnded(ordered, context: "ordered seed \(seed)")
            #expect(Self.deadlockCount(ordered) == 0, "ordered seed \(seed)")
            #expect(ordered.finalState?.finished == Array(1...threads), "ordered seed \(seed)")
        }
        #expect(naiveDeadlocks > 0, "no naive run of \(threads) philosophers deadlocked")
    }

    @Test("The same seed gives the same event stream, byte for byte", arguments: ["ordered", "naive", "violation", "philosophers"])
    func sameSeedSameBytes(scene: String) throws {
        for seed in UInt64(1)...60 {
            let options = EventRunOptions(seed: seed).with(\.scene, scene)
            let first = try EventStreamCapture.bytes(panel: "locks", options)
            let second = try EventStreamCapture.bytes(panel: "locks", options)
            #expect(first == second, "seed \(seed)")
        }
    }

    @Test(
        "The state rebuilt from events equals the library's after every operation",
        arguments: ["ordered", "naive", "violation", "philosophers"])
    func replay(scene: String) throws {
        for seed in UInt64(1)...100 {
            let session = try Self.session(scene, seed: seed)
            var replay = LocksReplay()
            var checked = 0
            for step in session.steps {
                replay.apply(step.event)
                if case .state(let state) = step.event {
                    #expect(replay.state == state, "seed \(seed), op \(step.op)")
                    checked += 1
                }
            }
            #expect(checked == session.operationLabels.count)
        }
    }
}
