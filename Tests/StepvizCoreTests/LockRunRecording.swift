import StepvizCore
import Synchronization

/// Runs a GatedThreadRun and keeps its events and snapshots, in order.
final class LockRunRecording: Sendable {
    let events = Mutex<[LockEvent]>([])
    let snapshots = Mutex<[LockRunSnapshot]>([])

    /// Runs `body` on `threads` threads with `seed`; returns the recording and the final state.
    static func run(
        seed: UInt64, threads: Int, locks: [RankedLock],
        _ body: @escaping @Sendable (LockingThread) throws -> Void
    ) -> (LockRunRecording, LockRunSnapshot) {
        let recording = LockRunRecording()
        let run = GatedThreadRun(
            seed: seed, threads: threads, locks: locks,
            observer: { event in recording.events.withLock { $0.append(event) } },
            snapshotObserver: { snapshot in recording.snapshots.withLock { $0.append(snapshot) } })
        let end = run.run(body)
        return (recording, end)
    }

    var allEvents: [LockEvent] { events.withLock { $0 } }
    var allSnapshots: [LockRunSnapshot] { snapshots.withLock { $0 } }
}

/// The two threads of the notes' demo: thread 1 takes (x, y), thread 2 (y, x),
/// `rounds` times each, either sorted by rank or in the given order.
///
/// The locks scene (StepvizEvents' LocksScene) runs the same program; this
/// test target depends on StepvizCore alone, so both call the library's
/// `withLocks` / `withLocksInGivenOrder` rather than one calling the other.
struct CrossedPairProgram: Sendable {
    let x = RankedLock(rank: 1, name: "x")
    let y = RankedLock(rank: 2, name: "y")
    var rounds = 3
    var ordered: Bool

    var locks: [RankedLock] { [x, y] }

    func body(_ thread: LockingThread) throws {
        let pair = thread.id % 2 == 1 ? [x, y] : [y, x]
        for _ in 0..<rounds {
            if ordered {
                try thread.withLocks(pair) {}
            } else {
                try thread.withLocksInGivenOrder(pair) {}
            }
        }
    }
}

/// An independent check of a run's events: rebuilds holders and the
/// wait-for edges from `acquired`, `wait` and `released` alone and returns
/// a problem, or nil. A `wait` that closes a cycle must be followed at once
/// by the `deadlock` naming that cycle; no cycle may be left standing.
func lockEventProblem(_ events: [LockEvent]) -> String? {
    var holder: [String: Int] = [:]
    var counts: [String: Int] = [:]
    var waitsFor: [Int: (lock: String, holder: Int)] = [:]
    for (index, event) in events.enumerated() {
        switch event {
        case .acquired(let thread, let lock, let count):
            if let current = holder[lock], current != thread {
                return "event \(index): \(lock) acquired by \(thread) while held by \(current)"
            }
            if count != (counts[lock] ?? 0) + 1 { return "event \(index): count \(count) after \(counts[lock] ?? 0)" }
            holder[lock] = thread
            counts[lock] = count
            waitsFor[thread] = nil
        case .released(let thread, let lock, let count):
            if holder[lock] != thread { return "event \(index): \(thread) released \(lock), not its holder" }
            counts[lock] = count
            if count == 0 { holder[lock] = nil }
        case .wait(let thread, let lock, let holding):
            if holder[lock] != holding {
                return "event \(index): wait names \(holding) but \(lock) is held by \(String(describing: holder[lock]))"
            }
            waitsFor[thread] = (lock, holding)
            // Walk the holders from the new waiter.
            var path = [thread]
            var next = holding
            while next != thread, let edge = waitsFor[next], path.count <= waitsFor.count {
                path.append(next)
                next = edge.holder
            }
            let closesCycle = next == thread
            let following = index + 1 < events.count ? events[index + 1] : nil
            if closesCycle {
                guard case .deadlock(let cycle, let report, let victim)? = following else {
                    return "event \(index): cycle \(path) formed and was not reported"
                }
                if Set(cycle) != Set(path) || victim != thread || report.count != path.count {
                    return "event \(index + 1): deadlock \(cycle) \(report) does not match cycle \(path)"
                }
                waitsFor[thread] = nil
            } else if case .deadlock? = following {
                return "event \(index + 1): deadlock reported without a cycle"
            }
        default:
            break
        }
    }
    if !waitsFor.isEmpty { return "threads still waiting at the end: \(waitsFor.keys.sorted())" }
    if !holder.isEmpty { return "locks still held at the end: \(holder)" }
    return nil
}
