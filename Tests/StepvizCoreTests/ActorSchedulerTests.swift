import StepvizCore
import StepvizTestSupport
import Testing

/// Two actors under one name, checked against the notes' Python
/// `ActorScheduler` (a dict from name to generator; the queue holds
/// (generator, message) tuples). CPython 3, with `printer(tag)` printing
/// `tag, 'Got: ', msg`:
///
///     s.new_actor('printer', printer('A')); s.send('printer', 7)
///     s.new_actor('printer', printer('B')); s.send('printer', 8)
///     s.run()    # A Got: 7 / B Got: 8
///
///     s.new_actor('printer', printer('A')); s.new_actor('printer', printer('B'))
///     s.send('printer', 5)
///     s.run()    # B Got: 5   (A is primed, then never hears again)
@Suite("ActorScheduler: messages go to the actor, not to whoever has the name now")
struct ActorSchedulerTests {
    @Test("A second actor under a name takes later messages; the first keeps its own")
    func replacedNameKeepsQueuedMessages() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        let first = actors.spawn("printer", CoroutineDemos.printer)
        actors.send("printer", 7)
        let second = actors.spawn("printer", CoroutineDemos.printer)
        actors.send("printer", 8)
        #expect(actors.messages.map(\.task) == [first, first, second, second])
        #expect(actors.run() == .completed)
        #expect(log.output.map(\.0) == [first, second])
        #expect(log.output.map(\.1) == ["Got: 7", "Got: 8"])
        #expect(actors.alive.isEmpty)
    }

    @Test("Each actor gets its own priming message, even when a later one took its name")
    func primingGoesToEachActor() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        let first = actors.spawn("printer", CoroutineDemos.printer)
        let second = actors.spawn("printer", CoroutineDemos.printer)
        actors.send("printer", 5)
        #expect(actors.run() == .completed)
        let deliveries = log.all.compactMap { event -> SchedulerEvent? in
            if case .deliver = event { event } else { nil }
        }
        #expect(
            deliveries == [
                .deliver(actor: "printer", task: first, message: nil),
                .deliver(actor: "printer", task: second, message: nil),
                .deliver(actor: "printer", task: second, message: 5),
            ])
        #expect(log.output.map(\.0) == [second] && log.output.map(\.1) == ["Got: 5"])
        // Both were alive at the end and both were cancelled.
        #expect(log.all.contains(.cancelled(task: first)) && log.all.contains(.cancelled(task: second)))
    }

    @Test("A message queued for an actor that then finished is dropped, though its name now has a live actor")
    func finishedOldActorDropsItsMessages() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        let old = actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", 0)  // ends the old counter
        actors.send("counter", 9)  // still queued for the old one
        let new = actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", 0)  // for the new one
        #expect(actors.messages.map(\.task) == [old, old, old, new, new])
        #expect(actors.run() == .completed)
        #expect(log.all.contains(.drop(to: "counter", message: 9, reason: "finished actor")))
        #expect(log.all.contains(.finish(task: old)) && log.all.contains(.finish(task: new)))
    }
}

@Suite("ActorScheduler.run on the shared run loop")
struct ActorSchedulerRunTests {
    @Test("A run whose actors all ended completes without a cancellation step")
    func allEndedCompletes() async {
        let log = SchedulerEventLog()
        let actors = ActorScheduler(observer: log.observer)
        actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", 0)
        #expect(actors.run() == .completed)
        #expect(log.all.last == .messages([]))
        #expect(!log.all.contains { if case .cancelled = $0 { true } else { false } })
        #expect(actors.alive.isEmpty)
    }
}
