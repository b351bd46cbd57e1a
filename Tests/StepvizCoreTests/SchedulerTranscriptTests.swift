import StepvizCore
import StepvizTestSupport
import Testing

@Suite("TaskScheduler and ActorScheduler transcripts")
struct SchedulerTranscriptTests {
    @Test("countdown 3; countdown 2; countup 4 interleave as REFERENCE.md says")
    func referenceInterleaving() async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("countdown 3", CoroutineDemos.countdown(3))
        scheduler.spawn("countdown 2", CoroutineDemos.countdown(2))
        scheduler.spawn("countup 4", CoroutineDemos.countup(4))
        let end = scheduler.run()
        #expect(end == .completed)
        #expect(
            log.output.map(\.1) == [
                "T-minus 3", "T-minus 2", "Counting up 0", "T-minus 2", "T-minus 1", "Counting up 1",
                "T-minus 1", "Blastoff!", "Counting up 2", "Blastoff!", "Counting up 3",
            ])
        #expect(log.output.map(\.0) == [1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 3])
        #expect(scheduler.alive.isEmpty && scheduler.queue.isEmpty)
    }

    @Test("The notes' countdown 5 and countup 6 alternate, one yield per line")
    func notesExample() async {
        let log = SchedulerEventLog()
        let scheduler = TaskScheduler(observer: log.observer)
        scheduler.spawn("countdown 5", CoroutineDemos.countdown(5))
        scheduler.spawn("countup 6", CoroutineDemos.countup(6))
        scheduler.run()
        #expect(
            log.output.map(\.1) == [
                "T-minus 5", "Counting up 0", "T-minus 4", "Counting up 1", "T-minus 3", "Counting up 2",
                "T-minus 2", "Counting up 3", "T-minus 1", "Counting up 4", "Blastoff!", "Counting up 5",
            ])
        // Each step is one resume, then exactly one of yield or finish.
        let events = log.all
        let resumes = events.filter { if case .resume = $0 { true } else { false } }.count
        let ends = events.filter {
            switch $0 {
            case .yield, .finish: true
            default: false
            }
        }.count
        #expect(resumes == scheduler.steps && ends == resumes)
        #expect(scheduler.steps == 13)
    }

    @Test("Task transcripts equal CPython's for 201 task mixes")
    func tasksMatchCPython() async throws {
        let vectors = try SchedulerVectors.load()
        #expect(vectors.tasks.count == 201)
        for (index, vector) in vectors.tasks.enumerated() {
            let log = SchedulerEventLog()
            let scheduler = TaskScheduler(observer: log.observer)
            for task in vector.tasks {
                let n = task[1].number
                scheduler.spawn(
                    "\(task[0].text) \(n)", task[0].text == "countdown" ? CoroutineDemos.countdown(n) : CoroutineDemos.countup(n))
            }
            #expect(scheduler.run() == .completed)
            let expected = vector.output.map { ($0[0].number + 1, $0[1].text) }
            #expect(log.output.map(\.0) == expected.map(\.0), "case \(index)")
            #expect(log.output.map(\.1) == expected.map(\.1), "case \(index)")
            #expect(scheduler.steps == vector.steps, "case \(index)")
        }
    }

    @Test("The counter/printer demo prints Got: 3, Got: 2, Got: 1")
    func counterPrinter() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        actors.spawn("printer", CoroutineDemos.printer)
        actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", 3)
        #expect(
            actors.messages == [
                .init(actor: "printer", task: 1, message: nil), .init(actor: "counter", task: 2, message: nil),
                .init(actor: "counter", task: 2, message: 3),
            ])
        #expect(actors.run() == .completed)
        #expect(log.output.map(\.1) == ["Got: 3", "Got: 2", "Got: 1"])
        #expect(log.output.allSatisfy { $0.0 == 1 })
        #expect(log.all.contains(.finish(task: 2)))
        // The printer waits forever: the run ends by cancelling it.
        #expect(log.all.suffix(2) == [.cancelled(task: 1), .messages([])])
        #expect(actors.alive.isEmpty)
    }

    @Test("Actor transcripts, drops and steps equal CPython's for 100 send mixes")
    func actorsMatchCPython() async throws {
        let vectors = try SchedulerVectors.load()
        #expect(vectors.actors.count == 100)
        for (index, vector) in vectors.actors.enumerated() {
            let log = SchedulerEventLog()
            let actors = ActorScheduler(observer: log.observer)
            actors.spawn("printer", CoroutineDemos.printer)
            actors.spawn("counter", CoroutineDemos.counter)
            for send in vector.sends { actors.send(send[0].text, send[1].number) }
            #expect(actors.run() == .completed)
            #expect(log.output.map(\.1) == vector.output, "case \(index)")
            let drops = log.all.filter { if case .drop = $0 { true } else { false } }.count
            #expect(drops == vector.dropped, "case \(index)")
            // CPython counts a delivery for every message it took off the
            // queue; messages to unknown actors never entered it.
            #expect(actors.steps == vector.steps, "case \(index)")
            #expect(actors.alive.isEmpty, "case \(index)")
        }
    }

    @Test("Runs are deterministic: the same spawns give the same events every time")
    func deterministic() async {
        var runs: Set<[SchedulerEvent]> = []
        for _ in 0..<200 {
            let log = SchedulerEventLog()
            let scheduler = TaskScheduler(observer: log.observer)
            scheduler.spawn("countdown 4", CoroutineDemos.countdown(4))
            scheduler.spawn("countup 3", CoroutineDemos.countup(3))
            scheduler.spawn("countdown 1", CoroutineDemos.countdown(1))
            scheduler.run()
            runs.insert(log.all)
        }
        #expect(runs.count == 1)
    }
}
