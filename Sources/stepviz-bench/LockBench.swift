import Foundation
import StepvizCore
import StepvizEvents

/// The `locks.*` rows: ordered acquisition of two ranked locks through
/// `LockingThread.withLocks` against the same work done by hand on raw
/// pthread mutexes, on one thread and on four contending threads; CPython's
/// `acquire(*locks)` recipe; and the gated runs the screens use.
///
/// The raw mutexes are error-checking ones, the kind a `RankedLock` is
/// (locking one twice traps instead of hanging), so the ratio is the cost of
/// the recipe (sorting, the order check, the held-lock bookkeeping), not of
/// a different mutex.
enum LockBench {
    static func rows(_ config: BenchConfig, python: CPythonProcess?, pythonNote: String?) -> [BenchRow] {
        let a = RankedLock(rank: 1, name: "a")
        let b = RankedLock(rank: 2, name: "b")
        let raw = RawMutexPair()
        defer { raw.free() }
        let iterations = config.lockIterations

        // The call site builds nothing: withLocks(b, a), the fixed-arity form.
        let arguments = SideBySide.run(
            rounds: config.rounds,
            ours: { withLocksArgumentsRound(a, b, iterations: iterations) },
            baseline: { rawRound(raw, iterations: iterations) })
        // The array form, for sets known only at run time: withLocks([b, a]).
        let uncontended = SideBySide.run(
            rounds: config.rounds,
            ours: { withLocksRound(a, b, iterations: iterations) },
            baseline: { rawRound(raw, iterations: iterations) })
        // The same with the set built once, outside the loop: what the
        // recipe costs without the array literal's retains and releases.
        let prebuilt = SideBySide.runAlone(rounds: config.rounds) { withLocksRound(a, b, iterations: iterations, prebuilt: true) }
        // The floor of the call as written: the raw mutexes by hand plus the
        // same literal `[b, a]` built, read and destroyed each time (two
        // retains and two releases of the locks, which no callee can avoid).
        let literalFloor = SideBySide.runAlone(rounds: config.rounds) {
            rawWithLiteralRound(raw, a, b, iterations: iterations)
        }
        var rows = [
            BenchRow(
                name: "locks.with-locks.2.uncontended", sideBySide: arguments,
                baselineName: "2 error-checking pthread mutexes locked in order by hand",
                note: "withLocks(b, a): target <= 1.3x"),
            BenchRow(
                name: "locks.with-locks.array.2.uncontended", sideBySide: uncontended,
                baselineName: "2 error-checking pthread mutexes locked in order by hand",
                extras: [
                    ("prebuilt_array_ns_per_op", prebuilt),
                    ("prebuilt_array_ratio", prebuilt / uncontended.baseline),
                    ("literal_floor_ns_per_op", literalFloor),
                    ("literal_floor_ratio", literalFloor / uncontended.baseline),
                    ("over_literal_floor", uncontended.ours / literalFloor),
                ]),
        ]
        if let python {
            let cpython = SideBySide.run(
                rounds: config.rounds,
                ours: { withLocksRound(a, b, iterations: iterations) },
                baseline: { python.measure("acquire2 \(iterations)") })
            rows.append(
                BenchRow(
                    name: "cpython.locks.acquire2", sideBySide: cpython,
                    baselineName: "CPython \(python.version) acquire(*locks) recipe",
                    extras: [("times_faster_than_cpython", cpython.baseline / cpython.ours)]))
        } else {
            rows.append(BenchRow(name: "cpython.locks.acquire2", nsPerOp: uncontended.ours, note: pythonNote))
        }

        let perThread = config.contendedIterations
        let orders = (0..<4).map { thread -> [Bool] in
            var random = SeededGenerator(seed: 0x4C4F_434B &+ UInt64(thread))
            return (0..<perThread).map { _ in random.next() & 1 == 0 }
        }
        let contended = SideBySide.run(
            rounds: config.rounds,
            ours: { contendedRound(a, b, orders: orders) },
            baseline: { contendedRawRound(raw, threads: 4, iterations: perThread) })
        rows.append(
            BenchRow(
                name: "locks.with-locks.2.contended-4threads", sideBySide: contended,
                baselineName: "raw pthread mutexes, fixed order, 4 threads",
                extras: [("threads", 4), ("pairs_per_thread", Double(perThread))]))
        let floor = handoffFloorRow(config)
        rows.append(floor)
        rows.append(gatedRow(config, floor: floor.nsPerOp))
        return rows
    }

    /// ns per `withLocks([b, a])` (taken a then b, released b then a).
    ///
    /// Both sides' rounds are functions of their own (`@inline(never)`),
    /// as the call would be in a program: inlined into `rows`, thousands of
    /// instructions long, the literal's escape analysis gives up and the
    /// two-element array goes to the heap on every call (an allocation and
    /// a free per pair, measured), where in a function of ordinary size it
    /// lives on the stack.
    @inline(never)
    static func withLocksRound(_ a: RankedLock, _ b: RankedLock, iterations: Int, prebuilt: Bool = false) -> Double {
        let me = LockingThread(id: 1)
        var counter = 0
        let pair = [b, a]
        let elapsed = BenchClock.measure {
            if prebuilt {
                for _ in 0..<iterations { try! me.withLocks(pair) { counter &+= 1 } }
            } else {
                for _ in 0..<iterations { try! me.withLocks([b, a]) { counter &+= 1 } }
            }
        }
        precondition(counter == iterations && me.held.isEmpty)
        blackHole(counter)
        return elapsed / Double(iterations)
    }

    /// ns per `withLocks(b, a)`: the locks as arguments, no array.
    @inline(never)
    static func withLocksArgumentsRound(_ a: RankedLock, _ b: RankedLock, iterations: Int) -> Double {
        let me = LockingThread(id: 1)
        var counter = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<iterations { try! me.withLocks(b, a) { counter &+= 1 } }
        }
        precondition(counter == iterations && me.held.isEmpty)
        blackHole(counter)
        return elapsed / Double(iterations)
    }

    @inline(never)
    static func rawRound(_ raw: RawMutexPair, iterations: Int) -> Double {
        var counter = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<iterations {
                pthread_mutex_lock(raw.first)
                pthread_mutex_lock(raw.second)
                counter &+= 1
                pthread_mutex_unlock(raw.second)
                pthread_mutex_unlock(raw.first)
            }
        }
        precondition(counter == iterations)
        blackHole(counter)
        return elapsed / Double(iterations)
    }

    /// The raw side with the call site's literal: `[b, a]` built each
    /// time, its first element read unretained (so the array is really
    /// made, as it is for `withLocks`), destroyed after the pair is released.
    @inline(never)
    static func rawWithLiteralRound(_ raw: RawMutexPair, _ a: RankedLock, _ b: RankedLock, iterations: Int) -> Double {
        var counter = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<iterations {
                let pair = [b, a]
                pthread_mutex_lock(raw.first)
                pthread_mutex_lock(raw.second)
                // The first element's bits, unretained, as withLocks reads it.
                let first = pair.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress!).load(as: UInt.self) }
                counter &+= first == 0 ? 0 : 1
                pthread_mutex_unlock(raw.second)
                pthread_mutex_unlock(raw.first)
            }
        }
        precondition(counter == iterations)
        blackHole(counter)
        return elapsed / Double(iterations)
    }

    /// Four threads, each `withLocks` on the pair in its own shuffled
    /// request order; ns of wall time per pair acquisition. The counter the
    /// locks protect must end exact.
    static func contendedRound(_ a: RankedLock, _ b: RankedLock, orders: [[Bool]]) -> Double {
        let counter = SharedCounter()
        let elapsed = BenchThreads.run(orders.count) { thread in
            // Each thread builds its two request orders once: a literal per
            // call would have four threads retaining and releasing the same
            // two lock objects, a cache line bouncing between the cores on
            // every call, which is the array's cost, not the recipe's.
            // And each call names its array (`if`, not `isForward ? forward
            // : backward`): the conditional expression is a copy of an
            // array, a retain and a release of its buffer per call, two
            // atomic operations the raw side does not do either.
            let me = LockingThread(id: thread + 1)
            let forward = [a, b]
            let backward = [b, a]
            for isForward in orders[thread] {
                if isForward {
                    try! me.withLocks(forward) { counter.value &+= 1 }
                } else {
                    try! me.withLocks(backward) { counter.value &+= 1 }
                }
            }
        }
        let total = orders.reduce(0) { $0 + $1.count }
        precondition(counter.value == total, "lost update: \(counter.value) of \(total)")
        blackHole(counter.value)
        return elapsed / Double(total)
    }

    static func contendedRawRound(_ raw: RawMutexPair, threads: Int, iterations: Int) -> Double {
        let counter = SharedCounter()
        let elapsed = BenchThreads.run(threads) { _ in
            for _ in 0..<iterations {
                pthread_mutex_lock(raw.first)
                pthread_mutex_lock(raw.second)
                counter.value &+= 1
                pthread_mutex_unlock(raw.second)
                pthread_mutex_unlock(raw.first)
            }
        }
        precondition(counter.value == threads * iterations, "lost update: \(counter.value)")
        blackHole(counter.value)
        return elapsed / Double(threads * iterations)
    }

    /// `locks.gated.step`: the naive and philosophers scenes through
    /// `LocksSession`, the path the screens use; ns per turn of the step
    /// gate, steps per second for each.
    static func gatedRow(_ config: BenchConfig, floor: Double) -> BenchRow {
        var extras: [(key: String, value: Double)] = []
        var totalNs = 0.0
        var totalTurns = 0
        for name in ["naive", "philosophers"] {
            var turns = 0
            let ns = SideBySide.runAlone(rounds: config.rounds) {
                var elapsed = 0.0
                turns = 0
                for seed in 1...UInt64(config.gatedSeeds) {
                    let scene = try! LocksScene(options: EventRunOptions(seed: seed).with(\.scene, name))
                    let session = LocksSession(scene: scene)
                    elapsed += BenchClock.measure { session.run() }
                    turns += session.operationLabels.count - 1
                }
                return elapsed / Double(turns)
            }
            extras.append(("\(name)_steps_per_second", 1e9 / ns))
            totalNs += ns * Double(turns)
            totalTurns += turns
        }
        let perTurn = totalNs / Double(totalTurns)
        extras.append(("over_handoff_floor", perTurn / floor))
        return BenchRow(
            name: "locks.gated.step", nsPerOp: perTurn, extras: extras,
            note: "ns per gated turn (threads started per run included); target <= 2x locks.handoff.floor")
    }

    /// `locks.handoff.floor`: two threads passing a turn back and forth,
    /// each parked on a semaphore of its own (a futex with a user-space
    /// fast path, what the gate's wake-ups are), ns per handoff: the least
    /// a gated step can cost.
    static func handoffFloorRow(_ config: BenchConfig) -> BenchRow {
        let handoffs = config.isQuick ? 2_000 : 100_000
        let ns = SideBySide.runAlone(rounds: config.rounds) { handoffRound(handoffs) }
        return BenchRow(
            name: "locks.handoff.floor", nsPerOp: ns,
            note: "two threads, a semaphore each, ns per handoff; the gated step's floor")
    }

    @inline(never)
    static func handoffRound(_ handoffs: Int) -> Double {
        let turns = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let elapsed = BenchThreads.run(2) { index in
            // Thread 0 starts; each waits for its turn and hands it on.
            for step in 0..<handoffs / 2 {
                if index == 1 || step > 0 { turns[index].wait() }
                turns[1 - index].signal()
            }
            if index == 1 { return }
            turns[0].wait()
        }
        return elapsed / Double(handoffs)
    }

    final class SharedCounter: @unchecked Sendable {
        // @unchecked: written only while both locks are held.
        var value = 0
    }

    /// Two error-checking pthread mutexes, like a RankedLock's.
    final class RawMutexPair: @unchecked Sendable {
        let first: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
        let second: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)

        init() {
            var attributes = pthread_mutexattr_t()
            pthread_mutexattr_init(&attributes)
            pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_ERRORCHECK))
            pthread_mutex_init(first, &attributes)
            pthread_mutex_init(second, &attributes)
            pthread_mutexattr_destroy(&attributes)
        }

        func free() {
            pthread_mutex_destroy(first)
            pthread_mutex_destroy(second)
            first.deallocate()
            second.deallocate()
        }
    }
}

/// Real threads started together: each waits at a gate until all exist,
/// so the timing starts when they are released and ends when the last one
/// finishes.
enum BenchThreads {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) -> Double {
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        for index in 0..<count {
            done.enter()
            let thread = Thread {
                ready.signal()
                go.wait()
                body(index)
                done.leave()
            }
            thread.start()
        }
        for _ in 0..<count { ready.wait() }
        let start = BenchClock.now()
        for _ in 0..<count { go.signal() }
        done.wait()
        return Double(BenchClock.now() - start)
    }
}
