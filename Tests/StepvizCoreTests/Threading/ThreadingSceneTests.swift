import StepvizCore
import Testing

/// Issue 19, "Fidelity": every threading scene, every variant and thread
/// count, over many seeds, on the real gated threads. Each expectation is
/// what the scene's Python does (the code in ``ThreadingScene/Kind``'s
/// cases), worked out from Python's semantics, not read off a run.
@Suite("Threading scenes: ends, invariants and each scene's Python outcome over seeds and forced schedules")
struct ThreadingSceneTests {
    static let seeds = UInt64(1)...200

    /// Every scene configuration the command line can make (producer-consumer with maxsize 1...3).
    static let configurations: [ThreadingScene] = ThreadingScene.Kind.allCases.flatMap { kind in
        kind.threadRange.flatMap { threads -> [ThreadingScene] in
            switch kind {
            case .producerConsumer: (1...3).map { try! ThreadingScene(kind, threads: threads, maxsize: $0) }
            case .stolenWakeup, .lostWakeup: [false, true].map { try! ThreadingScene(kind, threads: threads, fixed: $0) }
            case .reentrant: [false, true].map { try! ThreadingScene(kind, threads: threads, plainLock: $0) }
            }
        }
    }

    static func label(_ scene: ThreadingScene) -> String {
        "\(scene.kind.rawValue) threads \(scene.threads)" + (scene.kind.hasMaxsize ? " maxsize \(scene.maxsize)" : "")
            + (scene.fixed ? " --fixed" : "") + (scene.plainLock ? " --plain-lock" : "")
    }

    // MARK: Every run ends cleanly, and the bookkeeping is consistent after every step

    @Test("Every configuration, seeds 1...200: no thread left running or blocked unless stuck; invariants after every step")
    func everyRunEndsAndKeepsItsInvariants() {
        for scene in Self.configurations {
            for seed in Self.seeds {
                let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                let context = "\(Self.label(scene)) seed \(seed)"
                Self.expectEndIsClean(end, threads: scene.threads, context)
                for (index, snapshot) in recording.allSnapshots.enumerated() {
                    if let problem = Self.invariantViolation(snapshot, threads: scene.threads) {
                        Issue.record("\(context) step \(index + 1): \(problem)")
                        break
                    }
                }
                // One snapshot per step; the stuck event, if any, is in the last step.
                #expect(recording.allSnapshots.count == recording.steps.count, "\(context)")
                let stuckSteps = recording.steps.indices.filter { recording.steps[$0].contains { $0.stuckReport != nil } }
                #expect(stuckSteps == (end.stuck == nil ? [] : [recording.steps.count - 1]), "\(context)")
            }
        }
    }

    /// The run joined every thread: each has finished or aborted; or it
    /// ended stuck, and then nobody runs and the report names every waiting thread.
    static func expectEndIsClean(_ end: ThreadingSnapshot, threads: Int, _ context: String) {
        #expect(end.running.isEmpty, "\(context): threads \(end.running) still running")
        if let report = end.stuck {
            #expect(!end.blocked.isEmpty, "\(context): stuck with nobody waiting")
            for thread in end.blocked {
                #expect(
                    report.contains { $0.hasPrefix("thread \(thread) ") }, "\(context): the stuck report does not name thread \(thread)")
            }
            #expect(Set(end.waits.keys) == Set(end.blocked), "\(context)")
            #expect(report.last == "no running thread is left to notify or release: stuck for ever", "\(context)")
        } else {
            #expect(end.blocked.isEmpty, "\(context): threads \(end.blocked) left blocked without a stuck report")
            #expect((end.finished + end.aborted).sorted() == Array(1...threads), "\(context)")
        }
    }

    /// The run's invariants (GatedThreadingRun+Invariants), read from the
    /// public snapshot a panel gets. (Debug builds also trap inside the run.)
    static func invariantViolation(_ s: ThreadingSnapshot, threads: Int) -> String? {
        let everyone = (s.running + s.blocked + s.finished + s.aborted).sorted()
        if everyone != Array(1...threads) { return "threads by status \(everyone), not 1...\(threads) once each" }
        if Set(s.waits.keys) != Set(s.blocked) { return "waits for \(s.waits.keys.sorted()) but blocked \(s.blocked)" }
        var waitingIn: [Int: String] = [:]
        for lock in s.locks {
            if (lock.holder != nil) != (lock.count > 0) {
                return "lock \(lock.name): holder \(String(describing: lock.holder)), count \(lock.count)"
            }
            if !lock.reentrant && lock.count > 1 { return "plain lock \(lock.name) held \(lock.count) times" }
            for waiter in lock.waiters {
                if let other = waitingIn.updateValue(lock.name, forKey: waiter) {
                    return "thread \(waiter) waits in \(other) and \(lock.name)"
                }
                guard let holder = lock.holder, let edge = s.waits[waiter]?.lockEdge, edge.lock == lock.name, edge.holder == holder else {
                    return "thread \(waiter) in line for \(lock.name) but waits \(String(describing: s.waits[waiter]))"
                }
                if holder == waiter { return "thread \(waiter) waits for a lock it holds (a deadlock left unbroken)" }
            }
        }
        for condition in s.conditions {
            for waiter in condition.waiters {
                if let other = waitingIn.updateValue(condition.name, forKey: waiter) {
                    return "thread \(waiter) waits in \(other) and \(condition.name)"
                }
                if s.waits[waiter] != .condition(condition.name, lock: condition.lock) {
                    return "thread \(waiter) on \(condition.name) but waits \(String(describing: s.waits[waiter]))"
                }
                if s.lock(condition.lock)?.holder == waiter {
                    return "thread \(waiter) waits on \(condition.name) holding \(condition.lock)"
                }
            }
        }
        if Set(waitingIn.keys) != Set(s.blocked) { return "in a line: \(waitingIn.keys.sorted()), blocked: \(s.blocked)" }
        return nil
    }

    // MARK: producer-consumer

    @Test("producer-consumer, threads 2...4, maxsize 1...3: every item goes from the producer to a consumer, first in first out")
    func producerConsumerMovesEveryItemInOrder() {
        for scene in Self.configurations where scene.kind == .producerConsumer {
            let total = (scene.threads - 1) * scene.itemsPerConsumer
            for seed in Self.seeds {
                let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                let context = "\(Self.label(scene)) seed \(seed)"
                var puts: [(thread: Int, item: String)] = []
                var gets: [(thread: Int, item: String)] = []
                for event in recording.allEvents {
                    switch event {
                    case .appended(let thread, "q.queue", let item, let items):
                        puts.append((thread, item))
                        #expect(items.count <= scene.maxsize, "\(context): queue over maxsize: \(items)")
                    case .poppedLeft(let thread, "q.queue", let item, _): gets.append((thread, item))
                    case .raised(let thread, let error): Issue.record("\(context): thread \(thread) raised \(error)")
                    default: break
                    }
                }
                let expected = (1...total).map(String.init)
                #expect(puts.map(\.item) == expected && puts.allSatisfy { $0.thread == 1 }, "\(context): puts \(puts)")
                #expect(gets.map(\.item) == expected, "\(context): gets \(gets.map(\.item)), not FIFO")
                #expect(gets.allSatisfy { $0.thread != 1 }, "\(context): the producer got an item")
                // Each consumer takes exactly its items (its get loop runs itemsPerConsumer times).
                for consumer in 2...scene.threads {
                    #expect(gets.filter { $0.thread == consumer }.count == scene.itemsPerConsumer, "\(context): consumer \(consumer)")
                }
                #expect(end.deque("q.queue")?.items == [], "\(context)")
                #expect(end.variable("q.unfinished_tasks") == "0", "\(context)")
                #expect(end.stuck == nil && end.aborted.isEmpty && end.finished == Array(1...scene.threads), "\(context)")
                #expect(end.conditions.allSatisfy { $0.waiters.isEmpty }, "\(context)")
                #expect(end.lock("q.mutex")?.holder == nil, "\(context)")
            }
        }
    }

    @Test("producer-consumer, maxsize 1: a producer that runs alone waits on not_full at its second put")
    func producerConsumerProducerWaitsForRoom() throws {
        // put(1): acquire, append, unfinished_tasks = 1, notify, release (5 steps); put(2): acquire, then the queue is full: wait.
        let scene = try ThreadingScene(.producerConsumer, threads: 2, maxsize: 1)
        let (recording, end) = ThreadingRunRecording.run(scene, seed: 1, schedule: Array(repeating: 1, count: 7))
        #expect(recording.steps[6].contains { if case .conditionWait(1, "q.not_full", "q.mutex", _, [1]) = $0 { true } else { false } })
        #expect(recording.allSnapshots[6].deque("q.queue")?.items == ["1"])
        #expect(end.finished == [1, 2] && end.deque("q.queue")?.items == [])
    }

    // MARK: stolen-wakeup

    /// Steps of the stolen wakeup, 3 threads (producer 1, consumers 2 and 3):
    /// 2 acquires and waits (items empty); 1 acquires, appends 1, notifies
    /// (wakes 2), releases; 3 acquires, pops 1 (not empty: no wait),
    /// releases; 2 re-acquires and, with `if`, pops an empty deque.
    static let stolenSchedule = [2, 2, 1, 1, 1, 1, 3, 3, 3, 2, 2]

    @Test("stolen-wakeup: the forced schedule 2,2,1,1,1,1,3,3,3,2,2 raises IndexError in thread 2 after thread 3 took item 1")
    func stolenWakeupForcedSchedule() throws {
        let (recording, end) = ThreadingRunRecording.run(
            try ThreadingScene(.stolenWakeup, threads: 3), seed: 1, schedule: Self.stolenSchedule)
        let steps = recording.steps
        #expect(steps[4].contains(.notify(thread: 1, condition: "not_empty", requested: 1, woken: [2], waiters: [])))
        #expect(steps[7].contains(.poppedLeft(thread: 3, deque: "items", item: "1", items: [])))
        #expect(steps[9].contains(.waitReturned(thread: 2, condition: "not_empty")))
        #expect(steps[10] == [.turn(thread: 2), .raised(thread: 2, error: PythonError("IndexError", "pop from an empty deque"))])
        // The error leaves `with` (the release still runs) and ends thread 2's body.
        #expect(recording.allEvents.contains(.aborted(thread: 2, reason: "IndexError: pop from an empty deque")))
        #expect(end.aborted == [2] && end.finished == [1, 3] && end.stuck == nil)
        #expect(end.lock("mutex")?.holder == nil)
        // Thread 1 goes on to put item 2, which nobody takes.
        #expect(end.deque("items")?.items == ["2"])
    }

    @Test("stolen-wakeup --fixed: the same schedule makes thread 2 wait again (while, not if) and it takes item 2")
    func stolenWakeupFixedSameSchedule() throws {
        let (recording, end) = ThreadingRunRecording.run(
            try ThreadingScene(.stolenWakeup, threads: 3, fixed: true), seed: 1, schedule: Self.stolenSchedule)
        #expect(recording.steps[10].contains { if case .conditionWait(2, "not_empty", "mutex", _, [2]) = $0 { true } else { false } })
        #expect(!recording.allEvents.contains { $0.raisedError != nil })
        #expect(end.finished == [1, 2, 3] && end.deque("items")?.items == [])
    }

    @Test(
        "stolen-wakeup, seeds 1...200: IndexError under some seeds with 3 and 4 threads, each after another consumer's pop; never with --fixed"
    )
    func stolenWakeupOverSeeds() throws {
        for threads in 2...4 {
            for fixed in [false, true] {
                let scene = try ThreadingScene(.stolenWakeup, threads: threads, fixed: fixed)
                var raisingSeeds = 0
                for seed in Self.seeds {
                    let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                    let context = "\(Self.label(scene)) seed \(seed)"
                    let events = recording.allEvents
                    var raised = false
                    for (index, event) in events.enumerated() {
                        guard case .raised(let thread, let error) = event else { continue }
                        raised = true
                        #expect(error == PythonError("IndexError", "pop from an empty deque"), "\(context)")
                        #expect(!fixed, "\(context): --fixed raised \(error)")
                        // The raiser had waited, was woken and returned from wait; since it was woken, another consumer popped.
                        let before = events[..<index]
                        guard
                            let woken = before.lastIndex(where: {
                                if case .notify(_, _, _, let woken, _) = $0 { woken.contains(thread) } else { false }
                            })
                        else {
                            Issue.record("\(context): thread \(thread) raised without having been notified")
                            continue
                        }
                        let between = events[woken..<index]
                        #expect(
                            between.contains {
                                if case .poppedLeft(let other, "items", _, []) = $0 { other != thread && other != 1 } else { false }
                            },
                            "\(context): nobody took the item between the notify of thread \(thread) and its pop")
                        #expect(between.contains(.waitReturned(thread: thread, condition: "not_empty")), "\(context)")
                    }
                    if raised { raisingSeeds += 1 }
                    // Whoever raised aborted; the producer always puts every item and finishes.
                    #expect(end.finished.contains(1) && end.stuck == nil, "\(context)")
                    let pops = events.filter { if case .poppedLeft = $0 { true } else { false } }.count
                    #expect(pops + (end.deque("items")?.items.count ?? -1) == threads - 1, "\(context): items lost or invented")
                }
                if fixed || threads == 2 {
                    // One consumer has nobody to steal its item.
                    #expect(raisingSeeds == 0, "\(Self.label(scene)): \(raisingSeeds) seeds raised")
                } else {
                    #expect(raisingSeeds > 0, "\(Self.label(scene)): no seed of 1...200 stole a wakeup")
                }
            }
        }
    }

    // MARK: lost-wakeup

    @Test("lost-wakeup: the notifier first (2,2,2,2,2 then 1,1): thread 1 waits after the notify and the run ends stuck")
    func lostWakeupForcedSchedule() throws {
        // Thread 2: acquire, ready = True, notify_all (nobody waits), release, end; thread 1: acquire, wait.
        let (recording, end) = ThreadingRunRecording.run(
            try ThreadingScene(.lostWakeup, threads: 2), seed: 1, schedule: [2, 2, 2, 2, 2, 1, 1])
        #expect(recording.steps[2].contains { if case .notify(2, "changed", _, [], []) = $0 { true } else { false } })
        #expect(recording.steps.count == 7)
        let report = try #require(end.stuck)
        #expect(report.first == "thread 1 waits on condition changed (lock mutex released); blocked by whoever notifies it")
        #expect(end.blocked == [1] && end.finished == [2] && end.condition("changed")?.waiters == [1])

        let (_, fixedEnd) = ThreadingRunRecording.run(
            try ThreadingScene(.lostWakeup, threads: 2, fixed: true), seed: 1, schedule: [2, 2, 2, 2, 2, 1, 1])
        #expect(fixedEnd.stuck == nil && fixedEnd.finished == [1, 2])
    }

    @Test(
        "lost-wakeup, seeds 1...200: stuck under some seeds for every thread count, only when a waiter waited after the notify; never with --fixed"
    )
    func lostWakeupOverSeeds() throws {
        for threads in 2...4 {
            for fixed in [false, true] {
                let scene = try ThreadingScene(.lostWakeup, threads: threads, fixed: fixed)
                var stuckSeeds = 0
                for seed in Self.seeds {
                    let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                    let context = "\(Self.label(scene)) seed \(seed)"
                    let events = recording.allEvents
                    let notify = events.firstIndex { if case .notify(threads, "changed", _, _, _) = $0 { true } else { false } }
                    // Waiters that entered wait() after the notify: nobody will wake them.
                    let late = Set(
                        events.indices.compactMap { index -> Int? in
                            guard case .conditionWait(let thread, "changed", _, _, _) = events[index], let notify, index > notify else {
                                return nil
                            }
                            return thread
                        })
                    if let report = end.stuck {
                        stuckSeeds += 1
                        #expect(!fixed, "\(context): --fixed stuck: \(report)")
                        #expect(
                            Set(end.blocked) == late && !late.isEmpty, "\(context): stuck \(end.blocked), late waiters \(late.sorted())")
                    } else {
                        #expect(late.isEmpty, "\(context)")
                        #expect(end.finished == Array(1...threads), "\(context)")
                    }
                    #expect(notify != nil, "\(context): the notifier never notified")
                }
                if fixed {
                    #expect(stuckSeeds == 0, "\(Self.label(scene))")
                } else {
                    #expect(stuckSeeds > 0, "\(Self.label(scene)): no seed lost the wakeup")
                }
            }
        }
    }

    // MARK: reentrant

    @Test("reentrant, RLock, threads 1...3: each thread's counts go 1, 2, 1, 0; counter ends at the thread count")
    func reentrantRLockCounts() throws {
        for threads in 1...3 {
            let scene = try ThreadingScene(.reentrant, threads: threads)
            for seed in Self.seeds {
                let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                let context = "\(Self.label(scene)) seed \(seed)"
                for thread in 1...threads {
                    let counts = recording.allEvents.compactMap { event -> Int? in
                        switch event {
                        case .acquired(thread, "lock", let count), .released(thread, "lock", let count): count
                        default: nil
                        }
                    }
                    #expect(counts == [1, 2, 1, 0], "\(context): thread \(thread) counts \(counts)")
                }
                #expect(end.variable("counter") == "\(threads)", "\(context)")
                #expect(end.finished == Array(1...threads) && end.lock("lock")?.holder == nil, "\(context)")
            }
        }
    }

    @Test("reentrant --plain-lock, threads 1...3: each thread's inner acquire is a deadlock of one; it backs off and the run ends")
    func reentrantPlainLockDeadlocksOnItself() throws {
        for threads in 1...3 {
            let scene = try ThreadingScene(.reentrant, threads: threads, plainLock: true)
            for seed in Self.seeds {
                let (recording, end) = ThreadingRunRecording.run(scene, seed: seed)
                let context = "\(Self.label(scene)) seed \(seed)"
                let deadlocks = recording.allEvents.compactMap { event -> (cycle: [Int], victim: Int)? in
                    if case .deadlock(let cycle, _, let victim) = event { (cycle, victim) } else { nil }
                }
                // A plain Lock has no owner count: the inner `with lock` waits for its own holder.
                #expect(deadlocks.map(\.victim).sorted() == Array(1...threads), "\(context)")
                #expect(deadlocks.allSatisfy { $0.cycle == [$0.victim] }, "\(context): \(deadlocks)")
                for thread in 1...threads {
                    #expect(recording.allEvents.contains(.wait(thread: thread, lock: "lock", holder: thread)), "\(context)")
                    #expect(recording.allEvents.contains(.aborted(thread: thread, reason: "deadlock victim")), "\(context)")
                }
                // Recovered: nobody runs or waits, the lock is free, nobody got to count.
                #expect(end.running.isEmpty && end.blocked.isEmpty && end.stuck == nil, "\(context)")
                #expect(end.aborted == Array(1...threads) && end.lock("lock")?.holder == nil, "\(context)")
                #expect(end.variable("counter") == "0", "\(context)")
            }
        }
    }

    // MARK: Determinism

    @Test("The same seed gives the same events and snapshots, 20 runs of every configuration")
    func sameSeedSameEvents() {
        for scene in Self.configurations {
            for seed: UInt64 in [3, 17] {
                let (first, firstEnd) = ThreadingRunRecording.run(scene, seed: seed)
                for _ in 1..<20 {
                    let (again, againEnd) = ThreadingRunRecording.run(scene, seed: seed)
                    #expect(again.allEvents == first.allEvents, "\(Self.label(scene)) seed \(seed)")
                    #expect(again.allSnapshots == first.allSnapshots && againEnd == firstEnd, "\(Self.label(scene)) seed \(seed)")
                }
            }
        }
    }

    @Test("Different seeds give different interleavings (the seed is used)")
    func seedsDiffer() throws {
        let scene = try ThreadingScene(.producerConsumer, threads: 3, maxsize: 1)
        let schedules = Set(
            (UInt64(1)...20).map { seed in
                ThreadingRunRecording.run(scene, seed: seed).0.steps.map { step -> Int in
                    if case .turn(let thread)? = step.first { thread } else { 0 }
                }
            })
        #expect(schedules.count > 10)
    }
}
