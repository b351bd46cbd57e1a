import StepvizCore
import Synchronization
import Testing

/// The run's fast turn (no observer) and the general one (an observer)
/// give the same round robin for every queue length around the run
/// queue's ring sizes, a full ring included.
@Suite("TaskScheduler round robin around the ring sizes")
struct SchedulerRoundRobinTests {
    final class Log: Sendable {
        let ids = Mutex<[Int]>([])
        func append(_ id: Int) { ids.withLock { $0.append(id) } }
    }

    @Sendable static func ignore(_ event: SchedulerEvent) {}

    /// Logs its id at every turn, yielding `yields` times.
    static func logging(into log: Log, yields: Int) -> CoroutineBody {
        { task in
            for _ in 0..<yields {
                log.append(task.id)
                try task.yield()
            }
            log.append(task.id)
        }
    }

    /// `n` coroutines, each counting its turns into a shared log.
    static func order(_ n: Int, yields: Int, observed: Bool) -> (order: [Int], end: SchedulerRunEnd, steps: Int) {
        let log = Log()
        let scheduler = observed ? TaskScheduler(observer: Self.ignore) : TaskScheduler()
        for index in 1...n {
            scheduler.spawn("c\(index)", Self.logging(into: log, yields: yields))
        }
        let end = scheduler.run()
        return (log.ids.withLock { $0 }, end, scheduler.steps)
    }

    @Test("each turn goes to the next in spawn order", arguments: [1, 2, 15, 16, 17, 31, 32, 33])
    func roundRobin(_ n: Int) {
        let expected = Array(repeating: Array(1...n), count: 4).flatMap { $0 }
        for observed in [false, true] {
            let run = Self.order(n, yields: 3, observed: observed)
            #expect(run.order == expected)
            #expect(run.end == .completed)
            #expect(run.steps == 4 * n)
        }
    }

    @Test("a run that stops at maxSteps quits the same way on the fast turn")
    func maxSteps() {
        let scheduler = TaskScheduler()
        for _ in 0..<3 { scheduler.spawn("countdown", CoroutineDemos.countdown(5)) }
        let end = (scheduler.run(maxSteps: 7), scheduler.steps, scheduler.alive)
        #expect(end.0 == .quit)
        #expect(end.1 == 7)
        #expect(end.2.isEmpty)
    }
}
