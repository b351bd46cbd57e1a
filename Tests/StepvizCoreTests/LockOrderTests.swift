import StepvizCore
import StepvizTestSupport
import Testing

/// The recipe on its own (no step gate): ordering, violations, bookkeeping,
/// the reentrant count, and free-running real threads.
@Suite("Ordered acquisition (LockingThread, RankedLock)")
struct LockOrderTests {
    @Test("withLocks takes the set in rank order and releases in reverse")
    func sortedAndReleased() throws {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let z = RankedLock(rank: 3, name: "z")
        let thread = LockingThread(id: 1)
        try thread.withLocks([z, x, y]) {
            #expect(thread.held.locks.map(\.name) == ["x", "y", "z"])
        }
        #expect(thread.held.isEmpty)
        // Really released: another thread's try succeeds.
        #expect([x, y, z].allSatisfy { $0.tryLock() })
        for lock in [x, y, z] { lock.unlock() }
    }

    @Test("Asking for a rank not above every rank held is a violation, before taking anything")
    func violation() throws {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let z = RankedLock(rank: 3, name: "z")
        let thread = LockingThread(id: 7)
        try thread.withLocks([y]) {
            #expect(throws: LockOrderViolation(thread: 7, lock: "x", rank: 1, held: ["y"], highestHeldRank: 2)) {
                try thread.withLocks([x, z]) {}
            }
            // The recipe would have recorded x and z before failing; nothing stale here.
            #expect(thread.held.locks.map(\.name) == ["y"])
            #expect(throws: LockOrderViolation.self) { try thread.acquire([y]) }  // already held
            try thread.withLocks([z]) { #expect(thread.held.locks.map(\.name) == ["y", "z"]) }
        }
        #expect(x.tryLock() && z.tryLock())
        x.unlock()
        z.unlock()
        #expect(LockOrderViolation.message == "Lock Order Violation")
    }

    @Test("A pair taken by withLocks' fast path is in held, checked against, and released however the body uses the thread")
    func pairFastPath() throws {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let z = RankedLock(rank: 3, name: "z")
        let thread = LockingThread(id: 3)
        try thread.withLocks([y, x]) {
            #expect(thread.held.locks.map(\.name) == ["x", "y"])
            // Nested out of order: refused, naming both held locks.
            #expect(throws: LockOrderViolation(thread: 3, lock: "x", rank: 1, held: ["x", "y"], highestHeldRank: 2)) {
                try thread.withLocks([x]) {}
            }
            // Nested in order: taken after the pair, released before it.
            try thread.withLocks([z]) { #expect(thread.held.locks.map(\.name) == ["x", "y", "z"]) }
            #expect(thread.held.locks.map(\.name) == ["x", "y"])
        }
        #expect(thread.held.isEmpty)
        // The body may release one of the pair itself; the other is still released.
        try thread.withLocks([x, y]) { thread.unlock(y) }
        #expect(thread.held.isEmpty)
        // Equal ranks take the general path, which refuses them.
        let twin = RankedLock(rank: 2, name: "y2")
        #expect(throws: LockOrderViolation.self) { try thread.withLocks([y, twin]) {} }
        #expect([x, y, z, twin].allSatisfy { $0.tryLock() })
        for lock in [x, y, z, twin] { lock.unlock() }
    }

    @Test("A set naming one lock twice is refused")
    func duplicate() {
        let x = RankedLock(rank: 1, name: "x")
        let thread = LockingThread(id: 1)
        #expect(throws: LockOrderViolation.self) { try thread.acquire([x, x]) }
        #expect(thread.held.isEmpty)
    }

    @Test("A reentrant lock counts holds; another thread gets it only after the last release")
    func reentrant() throws {
        let r = RankedLock(rank: 1, name: "r", reentrant: true)
        let thread = LockingThread(id: 1)
        try thread.lock(r)
        try thread.lock(r)
        #expect(r.holdCount == 2 && thread.held.count(of: r) == 2)
        thread.unlock(r)
        #expect(r.holdCount == 1)
        thread.unlock(r)
        #expect(r.holdCount == 0 && thread.held.isEmpty)
    }

    @Test("Free-running real threads using ordered acquisition on crossed pairs always finish")
    func freeRunningThreads() async {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let counter = Counter()
        await withTaskGroup(of: Void.self) { group in
            for id in 1...4 {
                group.addTask {
                    let thread = LockingThread(id: id)
                    let pair = id % 2 == 1 ? [x, y] : [y, x]
                    for _ in 0..<2000 {
                        try? thread.withLocks(pair) { counter.value += 1 }
                    }
                }
            }
        }
        // The increments were serialized by the real mutexes.
        #expect(counter.value == 8000)
    }

    /// Shared state guarded by the locks under test, not by itself.
    final class Counter: @unchecked Sendable {
        var value = 0
    }
}

@Suite("StepGate")
struct LockStepGateTests {
    @Test("The same seed gives the same choices; blocked and ended threads are never chosen")
    func seededChoices() {
        for seed in UInt64(1)...50 {
            var a = StepGate(seed: seed, threads: 4)
            var b = StepGate(seed: seed, threads: 4)
            a.block(2)
            b.block(2)
            a.end(4)
            b.end(4)
            for _ in 0..<30 {
                let chosen = a.nextTurn()
                #expect(chosen == b.nextTurn())
                #expect(chosen == 1 || chosen == 3)
            }
        }
    }

    @Test("withLocksInGivenOrder takes the set as given, unchecked, and releases in reverse")
    func givenOrder() throws {
        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let thread = LockingThread(id: 1)
        try thread.withLocksInGivenOrder([y, x]) {
            #expect(thread.held.locks.map(\.name) == ["y", "x"])
        }
        #expect(thread.held.isEmpty)
        #expect([x, y].allSatisfy { $0.tryLock() })
        for lock in [x, y] { lock.unlock() }
        // In a gated run the steps are: take y, take x, release x, release y.
        let (recording, _) = LockRunRecording.run(seed: 1, threads: 1, locks: [x, y]) { thread in
            try thread.withLocksInGivenOrder([y, x]) {}
        }
        let steps = recording.allEvents.compactMap { event -> String? in
            switch event {
            case .acquired(_, let lock, _): "take \(lock)"
            case .released(_, let lock, _): "release \(lock)"
            default: nil
            }
        }
        #expect(steps == ["take y", "take x", "release x", "release y"])
    }

    @Test("Every runnable thread gets turns; none left means allEnded or stalled")
    func fairnessAndStall() {
        var gate = StepGate(seed: 9, threads: 3)
        var seen: Set<Int> = []
        for _ in 0..<60 { if let chosen = gate.nextTurn() { seen.insert(chosen) } }
        #expect(seen == [1, 2, 3] && gate.turns == 60)
        gate.block(1)
        gate.end(2)
        gate.end(3)
        #expect(gate.nextTurn() == nil && gate.isStalled && !gate.allEnded)
        gate.unblock(1)
        gate.end(1)
        #expect(gate.nextTurn() == nil && gate.allEnded && !gate.isStalled)
    }
}
