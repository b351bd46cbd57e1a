import StepvizCore
import StepvizTestSupport
import Synchronization
import Testing

@Suite("Scheduler quit, cancellation and errors leave no coroutine behind")
struct SchedulerCancellationTests {
    @Test("Quitting after every possible number of steps cancels every parked coroutine", arguments: 0...13)
    func quitAfter(steps: Int) async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("countdown 5", CoroutineDemos.countdown(5))
        scheduler.spawn("countup 6", CoroutineDemos.countup(6))
        let end = scheduler.run(maxSteps: steps)
        #expect(end == (steps >= 13 ? .completed : .quit))
        #expect(scheduler.alive.isEmpty)
        #expect(scheduler.queue.isEmpty)
        let events = log.all
        let spawned = 2
        let ended = events.filter {
            switch $0 {
            case .finish, .cancelled: true
            default: false
            }
        }.count
        #expect(ended == spawned, "every coroutine ends exactly once")
        let outputs = log.output.count
        #expect(outputs == min(steps, 12), "nothing runs after the quit")
    }

    @Test("Cancelling the task that runs the scheduler cancels the coroutines")
    func externalCancellation() async {
        let log = SchedulerEventLog()
        let runner = Mutex<Task<(SchedulerRunEnd, [Int]), Never>?>(nil)
        let (start, go) = AsyncStream<Void>.makeStream()
        let handle = Task {
            for await _ in start { break }
            // The scheduler lives on the task that runs it (it is not Sendable).
            let scheduler = TaskScheduler(observer: log.observer)
            scheduler.spawn("countdown 9", CoroutineDemos.countdown(9))
            scheduler.spawn("canceller") { task in
                try task.yield()
                // Cancel the run from inside its own step: deterministic.
                runner.withLock { $0?.cancel() }
                try task.yield()
                task.output("never printed")
            }
            return (scheduler.run(), scheduler.alive)
        }
        runner.withLock { $0 = handle }
        go.yield()
        let (end, alive) = await handle.value
        #expect(end == .cancelled)
        #expect(alive.isEmpty)
        #expect(log.output.map(\.1) == ["T-minus 9", "T-minus 8"])
        #expect(log.all.suffix(3) == [.cancelled(task: 1), .cancelled(task: 2), .queue([])])
    }

    @Test("A coroutine that throws stops the run; the others are cancelled")
    func failure() async {
        struct Boom: Error {}
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("countdown 5", CoroutineDemos.countdown(5))
        scheduler.spawn("fails") { task in
            try task.yield()
            throw Boom()
        }
        let end = scheduler.run()
        guard case .failed(let task, let message) = end else {
            Issue.record("expected a failure, got \(end)")
            return
        }
        #expect(task == 2 && message == "Boom()")
        #expect(log.all.contains(.failed(task: 2, message: "Boom()")))
        #expect(log.all.contains(.cancelled(task: 1)))
        #expect(scheduler.alive.isEmpty)
        #expect(log.output.map(\.1) == ["T-minus 5", "T-minus 4"])

        // The same without an observer (the quiet run), and step by step.
        let quiet = TaskScheduler()
        quiet.spawn("fails") { _ in throw Boom() }
        #expect(quiet.run() == .failed(task: 1, message: "Boom()"))
        let stepped = TaskScheduler()
        stepped.spawn("yields, then fails") { task in
            try task.yield()
            throw Boom()
        }
        #expect(stepped.step() == .yielded(task: 1))
        #expect(stepped.step() == .failed(task: 1, message: "Boom()"))
    }

    @Test("A body that swallows the cancellation and yields again still ends")
    func stubbornBody() async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("stubborn") { task in
            for _ in 0..<3 {
                do { try task.yield() } catch { task.output("ignored \(type(of: error))") }
            }
        }
        scheduler.spawn("countup 9", CoroutineDemos.countup(9))
        #expect(scheduler.run(maxSteps: 2) == .quit)
        #expect(scheduler.alive.isEmpty)
        #expect(log.output.filter { $0.1.hasPrefix("ignored") }.count == 3)
    }

    @Test("A body that swallows the cancellation in an endless loop crashes the quit, naming itself, instead of hanging it")
    func endlessSwallowerTraps() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let scheduler = TaskScheduler()
            scheduler.spawn("swallower") { task in
                while true { try? task.yield() }
            }
            _ = scheduler.run(maxSteps: 1)
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("coroutine 1 'swallower' ignores cancellation"), "stderr: \(stderr.suffix(300))")
    }

    @Test("A body that yields many times after its cancellation, but stops, still ends normally")
    func longCleanupEnds() async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("cleanup") { task in
            do {
                while true { try task.yield() }
            } catch {
                // Cleanup that yields a thousand times, each yield refused.
                for _ in 0..<1000 { try? task.yield() }
                task.output("cleaned up")
            }
        }
        #expect(scheduler.run(maxSteps: 3) == .quit)
        #expect(log.output.map(\.1) == ["cleaned up"])
        #expect(log.all.contains(.finish(task: 1)))
        #expect(scheduler.alive.isEmpty)
    }

    @Test("Coroutines never spawned past their start are cancelled before running")
    func cancelBeforeStart() async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        for n in 1...5 { scheduler.spawn("countdown \(n)", CoroutineDemos.countdown(n)) }
        #expect(scheduler.run(maxSteps: 0) == .quit)
        #expect(log.output.isEmpty)
        #expect(log.all.filter { if case .cancelled = $0 { true } else { false } }.count == 5)
        #expect(scheduler.alive.isEmpty)
    }

    @Test("A scheduler let go of with parked coroutines ends them: what their stacks hold is freed")
    func releasedSchedulerEndsParkedCoroutines() {
        final class Held {}
        weak var held: Held?
        let log = SchedulerEventLog()
        do {
            let scheduler = TaskScheduler(observer: log.observer)
            scheduler.spawn("holder") { task in
                let value = Held()
                held = value
                while true {
                    try task.yield()
                    withExtendedLifetime(value) {}
                }
            }
            #expect(scheduler.step() == .yielded(task: 1))
            #expect(held != nil, "the body holds its value while parked")
        }
        #expect(held == nil, "the parked body's value outlived its scheduler")
        #expect(log.all.suffix(2) == [.cancelled(task: 1), .queue([])])
    }

    @Test("Schedulers on many threads at once each give the notes' transcript")
    func schedulersOnManyThreads() async {
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let log = SchedulerEventLog()
                    let scheduler = TaskScheduler(observer: log.observer)
                    scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
                    scheduler.spawn("countdown 2", CoroutineDemos.countdown(2))
                    scheduler.spawn("countup 4", CoroutineDemos.countup(4))
                    scheduler.run()
                    return log.output.map(\.1)
                }
            }
            for await transcript in group {
                #expect(
                    transcript == [
                        "T-minus 3", "T-minus 2", "Counting up 0", "T-minus 2", "T-minus 1", "Counting up 1",
                        "T-minus 1", "Blastoff!", "Counting up 2", "Blastoff!", "Counting up 3",
                    ])
            }
        }
    }
}
