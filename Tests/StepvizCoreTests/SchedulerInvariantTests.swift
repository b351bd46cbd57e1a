import StepvizTestSupport
import Testing

@testable import StepvizCore

/// The schedulers check their invariants after every spawn, send, step and
/// cancel in debug builds (STEPVIZ_INTERNAL_CHECKS), and the pool checks on
/// every resume that no other coroutine runs; every scheduler test therefore
/// checks them too. These show the checks name what failed.
@Suite("Scheduler invariants")
struct SchedulerInvariantTests {
    @Test(
        "Task queue: ended, repeated or running coroutines are named",
        arguments: [
            ([1, 2], [1, 2], nil, nil),
            ([1, 2], [2], nil, "queued coroutine 1 is not alive (it ended)"),
            ([2, 2], [1, 2], nil, "coroutine 2 is queued twice"),
            ([], [1], 1, "coroutine 1 is still running between steps"),
        ] as [([Int], [Int], Int?, String?)])
    func tasks(queued: [Int], alive: [Int], running: Int?, message: String?) {
        #expect(_SchedulerInvariants.violation(queued: queued, alive: alive, running: running) == message)
    }

    @Test("Actor queue: a message for a coroutine never spawned, or one running, is named")
    func actors() {
        let ok = [QueuedMessage(actor: "printer", task: 1, message: nil), QueuedMessage(actor: "counter", task: 2, message: 3)]
        #expect(_SchedulerInvariants.violation(messages: ok, spawned: 2, running: nil) == nil)
        #expect(
            _SchedulerInvariants.violation(messages: ok, spawned: 1, running: nil)
                == "message (counter, 3) is queued for coroutine 2, which was never spawned")
        #expect(
            _SchedulerInvariants.violation(messages: [], spawned: 2, running: 2)
                == "coroutine 2 is still running between steps")
    }

    @Test("A coroutine that steps its own scheduler (two would run at once) traps, naming both")
    func nestedStepTraps() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let scheduler = TaskScheduler()
            scheduler.spawn("nested") { _ in _ = scheduler.step() }
            scheduler.spawn("countup 2", CoroutineDemos.countup(2))
            _ = scheduler.run()
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("coroutine 2 resumed while coroutine 1 runs"), "stderr: \(stderr.suffix(300))")
    }
}
