import StepvizCore
import StepvizTestSupport
import Testing

/// The demos with counts at the ends of `Int`: Python's integers never
/// overflow, so the Swift demos must stop (or never reach the edge) rather
/// than trap on `n - 1` / `x + 1`.
@Suite("Scheduler demos with extreme counts never trap")
struct SchedulerExtremeValueTests {
    @Test("The counter given Int.min forwards it to the printer and ends instead of overflowing")
    func counterAtIntMin() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        actors.spawn("printer", CoroutineDemos.printer)
        let counter = actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", .min)
        #expect(actors.run() == .completed)
        #expect(log.output.map(\.1) == ["Got: \(Int.min)"])
        #expect(log.all.contains(.finish(task: counter)))
        #expect(actors.alive.isEmpty)
    }

    @Test("The counter near the ends of Int counts as Python's does", arguments: [Int.max, Int.min + 2])
    func counterNearTheEnds(start: Int) async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        actors.spawn("printer", CoroutineDemos.printer)
        actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", start)
        // Int.max counts down for ever (Python too); Int.min + 2 reaches
        // Int.min after two steps and stops there.
        let end = actors.run(maxSteps: 40)
        let got = log.output.map(\.1)
        if start == .max {
            #expect(end == .quit)
            #expect(got.prefix(3) == ["Got: \(Int.max)", "Got: \(Int.max - 1)", "Got: \(Int.max - 2)"])
        } else {
            #expect(end == .completed)
            #expect(got == ["Got: \(Int.min + 2)", "Got: \(Int.min + 1)", "Got: \(Int.min)"])
        }
        #expect(actors.alive.isEmpty)
    }

    @Test(
        "countdown and countup at the ends of Int run without trapping",
        arguments: [
            ("countdown", Int.min, [String]()), ("countdown", Int.max, ["T-minus \(Int.max)", "T-minus \(Int.max - 1)"]),
            ("countup", Int.min, []), ("countup", Int.max, ["Counting up 0", "Counting up 1"]),
        ])
    func tasksAtTheEnds(kind: String, n: Int, firstLines: [String]) async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("\(kind) \(n)", kind == "countdown" ? CoroutineDemos.countdown(n) : CoroutineDemos.countup(n))
        _ = scheduler.run(maxSteps: 2)
        let lines = log.output.map(\.1)
        if firstLines.isEmpty {
            // A negative limit: countdown blasts off at once, countup prints nothing.
            #expect(lines == (kind == "countdown" ? ["Blastoff!"] : []))
        } else {
            #expect(lines == firstLines)
        }
        #expect(scheduler.alive.isEmpty)
    }
}
