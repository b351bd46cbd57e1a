import StepvizCore
import Synchronization
import Testing

/// Each primitive against CPython's documented and coded behaviour
/// (Lib/threading.py, Lib/queue.py 3.11), on real gated threads.
@Suite("Threading primitives: CPython's semantics on gated threads")
struct ThreadingPrimitiveTests {
    @Test("RLock: the owner's count goes 1, 2, 1, 0; the lock is free after")
    func rlockCounts() {
        for seed in UInt64(1)...20 {
            let recording = ThreadingRunRecording()
            let run = recording.makeRun(seed: seed, threads: 1)
            let r = RLock("r", in: run)
            let end = run.run { _ in try r.withLock { try r.withLock {} } }
            let counts = recording.allEvents.compactMap { event -> Int? in
                switch event {
                case .acquired(_, "r", let count), .released(_, "r", let count): count
                default: nil
                }
            }
            #expect(counts == [1, 2, 1, 0], "seed \(seed)")
            #expect(end.lock("r")?.holder == nil && end.lock("r")?.count == 0 && end.lock("r")?.waiters == [])
            #expect(end.finished == [1])
        }
    }

    @Test("RLock released by a thread that does not own it: RuntimeError, as CPython's text")
    func rlockReleaseByNonOwner() {
        let recording = ThreadingRunRecording()
        // Thread 1 takes r; thread 2 then releases it; thread 1 releases it properly.
        let run = recording.makeRun(seed: 1, threads: 2, schedule: [1, 2, 2, 1, 1])
        let r = RLock("r", in: run)
        let caught = Mutex<[String]>([])
        let end = run.run { id in
            if id == 1 {
                try r.acquire()
                try r.release()
            } else {
                do { try r.release() } catch let error as PythonError { caught.withLock { $0.append(error.description) } }
            }
        }
        #expect(caught.withLock { $0 } == ["RuntimeError: cannot release un-acquired lock"])
        #expect(recording.allEvents.contains(.raised(thread: 2, error: PythonError("RuntimeError", "cannot release un-acquired lock"))))
        #expect(end.finished == [1, 2] && end.lock("r")?.holder == nil)
    }

    @Test("Lock: releasing a free lock raises RuntimeError: release unlocked lock; any thread may release a held one")
    func plainLockRelease() {
        let recording = ThreadingRunRecording()
        let run = recording.makeRun(seed: 1, threads: 2, schedule: [1, 2, 1, 2])
        let lock = Lock("l", in: run)
        let caught = Mutex<[String]>([])
        let end = run.run { id in
            if id == 1 {
                try lock.acquire()  // step 1
                do {
                    try lock.release()
                    try lock.release()
                }  // step 3 frees it, step 5 raises
                catch let error as PythonError { caught.withLock { $0.append(error.description) } }
            } else {
                // Step 2: not the holder, but CPython's Lock has no owner: this frees it.
                try lock.release()
            }
        }
        // Thread 2's release freed it, so thread 1's first release raises.
        #expect(caught.withLock { $0 } == ["RuntimeError: release unlocked lock"])
        #expect(end.lock("l")?.holder == nil && Set(end.finished) == [1, 2])
    }

    @Test("wait and notify without the lock raise CPython's RuntimeErrors")
    func conditionNeedsTheLock() {
        let run = GatedThreadingRun(seed: 1, threads: 1)
        let c = Condition("c", in: run)
        let caught = Mutex<[String]>([])
        _ = run.run { _ in
            for call in [{ try c.wait() }, { try c.notify() }] {
                do { try call() } catch let error as PythonError { caught.withLock { $0.append(error.description) } }
            }
        }
        #expect(
            caught.withLock { $0 } == ["RuntimeError: cannot wait on un-acquired lock", "RuntimeError: cannot notify on un-acquired lock"])
    }

    /// Threads 1-3 wait in the order the schedule gives (2, 3, 1); thread 4 then notifies 2, later 1.
    @Test("notify(n) wakes the first n waiters in the order they waited; the rest stay queued")
    func notifyOrderIsFIFO() {
        for seed in UInt64(1)...40 {
            let recording = ThreadingRunRecording()
            // Each waiter: acquire, wait (2 steps). Then the notifier acquires and notifies.
            let run = recording.makeRun(seed: seed, threads: 4, schedule: [2, 2, 3, 3, 1, 1, 4, 4])
            let c = Condition("c", in: run)
            let end = run.run { id in
                if id == 4 {
                    try c.withLock { try c.notify(2) }
                    try c.withLock { try c.notify() }
                } else {
                    try c.withLock { try c.wait() }
                }
            }
            let notifies = recording.allEvents.compactMap { event -> [Int]? in
                if case .notify(_, _, _, let woken, _) = event { woken } else { nil }
            }
            let waitOrder = recording.allEvents.compactMap { event -> [Int]? in
                if case .conditionWait(_, _, _, _, let waiters) = event { waiters } else { nil }
            }
            #expect(waitOrder == [[2], [2, 3], [2, 3, 1]], "seed \(seed)")
            #expect(notifies.first == [2, 3], "seed \(seed)")
            // Thread 1 was never woken, so it still waits for the second notify.
            #expect(notifies.last == [1], "seed \(seed)")
            #expect(Set(end.finished) == [1, 2, 3, 4] && end.stuck == nil, "seed \(seed)")
        }
    }

    @Test("A woken waiter re-acquires the lock, competing, before wait returns; its RLock count is restored")
    func wokenWaiterReacquires() {
        let recording = ThreadingRunRecording()
        // 1: acquire, acquire (count 2), wait. 2: acquire, notify, then 1 asks again (blocked: 2 holds it), 2 releases.
        let run = recording.makeRun(seed: 1, threads: 2, schedule: [1, 1, 1, 2, 2, 1, 2])
        let c = Condition("c", in: run)
        let end = run.run { id in
            if id == 1 {
                try c.withLock { try c.withLock { try c.wait() } }
            } else {
                try c.withLock { try c.notify() }
            }
        }
        let steps = recording.steps
        #expect(steps[2].contains(.conditionWait(thread: 1, condition: "c", lock: "c._lock", savedCount: 2, waiters: [1])))
        #expect(steps[2].contains(.released(thread: 1, lock: "c._lock", count: 0)))
        #expect(steps[4].contains(.notify(thread: 2, condition: "c", requested: 1, woken: [1], waiters: [])))
        // Woken, but the notifier still holds the lock: the re-acquire waits for it.
        #expect(
            steps[5] == [
                .turn(thread: 1), .reacquire(thread: 1, condition: "c", lock: "c._lock"),
                .wait(thread: 1, lock: "c._lock", holder: 2),
            ])
        #expect(recording.allSnapshots[5].waits[1] == .reacquire("c._lock", condition: "c", holder: 2))
        // The release hands it back with the count wait saved, and only then does wait return.
        #expect(
            steps[6] == [
                .turn(thread: 2), .released(thread: 2, lock: "c._lock", count: 0),
                .acquired(thread: 1, lock: "c._lock", count: 2), .waitReturned(thread: 1, condition: "c"),
            ])
        #expect(end.stuck == nil && Set(end.finished) == [1, 2] && end.lock("c._lock")?.holder == nil)
    }

    @Test("Queue: put blocks when full; get returns items first in, first out")
    func queuePutBlocksWhenFull() {
        for seed in UInt64(1)...60 {
            let recording = ThreadingRunRecording()
            let run = recording.makeRun(seed: seed, threads: 2)
            let q = Queue<Int>("q", maxsize: 2, in: run)
            let got = Mutex<[Int]>([])
            let end = run.run { id in
                if id == 1 {
                    for item in 1...5 { try q.put(item) }
                } else {
                    for _ in 1...5 {
                        let item = try q.get()
                        got.withLock { $0.append(item) }
                    }
                }
            }
            #expect(got.withLock { $0 } == [1, 2, 3, 4, 5], "seed \(seed)")
            #expect(recording.allSnapshots.allSatisfy { ($0.deque("q.queue")?.items.count ?? 0) <= 2 }, "seed \(seed)")
            // Whenever the producer waited on not_full, the queue held maxsize items.
            for (index, event) in recording.allEvents.enumerated() {
                if case .conditionWait(1, "q.not_full", _, _, _) = event {
                    let before = recording.allEvents[..<index].last {
                        if case .appended = $0 { true } else if case .poppedLeft = $0 { true } else { false }
                    }
                    switch before {
                    case .appended(_, _, _, let items)?, .poppedLeft(_, _, _, let items)?: #expect(items.count == 2, "seed \(seed)")
                    default: Issue.record("seed \(seed): waited on not_full with an empty queue")
                    }
                }
            }
            #expect(end.finished == [1, 2] && end.variable("q.unfinished_tasks") == "5", "seed \(seed)")
        }
        // Forced: the producer takes the first 12 steps (two puts of 5 steps, then the third put's
        // acquire and its wait): with maxsize 2 the third put must wait on not_full.
        let recording = ThreadingRunRecording()
        let run = recording.makeRun(seed: 1, threads: 2, schedule: Array(repeating: 1, count: 12))
        let q = Queue<Int>("q", maxsize: 2, in: run)
        let end = run.run { id in if id == 1 { for item in 1...5 { try q.put(item) } } else { for _ in 1...5 { _ = try q.get() } } }
        #expect(
            recording.steps[11].contains(.conditionWait(thread: 1, condition: "q.not_full", lock: "q.mutex", savedCount: 1, waiters: [1])))
        #expect(recording.allSnapshots[11].deque("q.queue")?.items == ["1", "2"])
        #expect(end.finished == [1, 2] && end.stuck == nil)
    }

    @Test("Queue.task_done too often raises ValueError('task_done() called too many times'); join waits for the tasks")
    func taskDoneAndJoin() {
        for seed in UInt64(1)...40 {
            let recording = ThreadingRunRecording()
            let run = recording.makeRun(seed: seed, threads: 2)
            let q = Queue<Int>("q", in: run)
            let caught = Mutex<[String]>([])
            let joined = Mutex(false)
            let joinedEarly = Mutex(false)
            let end = run.run { id in
                if id == 1 {
                    try q.put(7)
                    try q.join()
                    joined.withLock { $0 = true }
                    do { try q.taskDone() } catch let error as PythonError { caught.withLock { $0.append(error.description) } }
                } else {
                    _ = try q.get()
                    if joined.withLock({ $0 }) { joinedEarly.withLock { $0 = true } }
                    try q.taskDone()
                }
            }
            #expect(caught.withLock { $0 } == ["ValueError: task_done() called too many times"], "seed \(seed)")
            #expect(!joinedEarly.withLock { $0 }, "seed \(seed): join returned before task_done")
            #expect(end.variable("q.unfinished_tasks") == "0" && Set(end.finished) == [1, 2], "seed \(seed)")
        }
    }

    @Test("Queue without blocking raises queue.Full and _queue.Empty; qsize, empty and full agree")
    func queueNonBlocking() {
        let run = GatedThreadingRun(seed: 1, threads: 1)
        let q = Queue<Int>("q", maxsize: 1, in: run)
        let seen = Mutex<[String]>([])
        _ = run.run { _ in
            func note(_ text: String) { seen.withLock { $0.append(text) } }
            do { _ = try q.get(block: false) } catch let error as PythonError { note(error.description) }
            note("\(try q.qsize()) \(try q.empty()) \(try q.full())")
            try q.put(1, block: false)
            do { try q.put(2, block: false) } catch let error as PythonError { note(error.description) }
            note("\(try q.qsize()) \(try q.empty()) \(try q.full())")
        }
        #expect(seen.withLock { $0 } == ["_queue.Empty", "0 true false", "queue.Full", "1 false true"])
    }

    @Test("Semaphore(value): never more than value holders; acquire waits at 0 and a release wakes it")
    func semaphoreBoundsHolders() {
        var waited = 0
        for seed in UInt64(1)...40 {
            let recording = ThreadingRunRecording()
            let run = recording.makeRun(seed: seed, threads: 4)
            let slots = try! Semaphore("slots", value: 2, in: run)
            let end = run.run { _ in
                try slots.acquire()
                try slots.release()
            }
            // _value is 2 minus the holders: it stays in 0...2 after every step.
            let values = recording.allSnapshots.compactMap { $0.variable("slots._value").flatMap { Int($0) } }
            #expect(values.allSatisfy { (0...2).contains($0) } && values.contains(0), "seed \(seed): \(values)")
            if recording.allEvents.contains(where: { if case .conditionWait(_, "slots._cond", _, _, _) = $0 { true } else { false } }) {
                waited += 1
            }
            #expect(end.variable("slots._value") == "2" && end.finished.count == 4 && end.stuck == nil, "seed \(seed)")
        }
        #expect(waited > 0, "no seed made an acquire wait at 0")
        #expect(throws: PythonError("ValueError", "semaphore initial value must be >= 0")) {
            _ = try Semaphore("s", value: -1, in: GatedThreadingRun(seed: 1, threads: 1))
        }
    }
}
