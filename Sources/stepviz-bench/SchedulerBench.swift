import StepvizCore

/// The `scheduler.*` rows: the notes' two schedulers on stackful
/// coroutines (what `stepviz` uses), observer off, against CPython's
/// generator versions of the same loops in a child process whose rounds
/// alternate with ours; and the floor (`scheduler.switch`), one bare
/// ``StackfulCoroutine`` resumed and suspended with nothing else: the two
/// context switches every turn is made of.
///
/// Every round is timed from creating the scheduler to the end of `run()`.
enum SchedulerBench {
    /// The notes' countdown, yielding every iteration, without its print
    /// (the CPython side prints nothing either).
    static func countdown(_ start: Int) -> CoroutineBody {
        { task in
            var n = start
            while n > 0 {
                try task.yield()
                n -= 1
            }
        }
    }

    static func rows(_ config: BenchConfig, python: CPythonProcess?, pythonNote: String?) -> [BenchRow] {
        let n = config.schedulerCoroutines
        let count = config.schedulerCount
        let turns = n * (count + 1)
        let floor = SideBySide.runAlone(rounds: config.rounds) { floorRound(switches: turns) }
        let floorRow = BenchRow(
            name: "scheduler.switch", nsPerOp: floor,
            extras: [("switches_per_op", 2)],
            note: "one StackfulCoroutine resume + suspend: the floor of a turn")

        let tasksRow: BenchRow
        let oursTasks = { tasksRound(coroutines: n, count: count, observer: nil) }
        let floorExtras: [(key: String, value: Double)] = [("floor_ns_per_turn", floor)]
        if let python {
            let result = SideBySide.run(
                rounds: config.rounds, ours: oursTasks,
                baseline: { python.measure("tasks \(n) \(count)") })
            tasksRow = BenchRow(
                name: "scheduler.tasks.turn", sideBySide: result,
                baselineName: "CPython \(python.version) generator TaskScheduler",
                extras: floorExtras + [
                    ("turn_over_floor", result.ours / floor),
                    ("coroutines", Double(n)), ("yields_each", Double(count)),
                ])
        } else {
            let ours = SideBySide.runAlone(rounds: config.rounds, oursTasks)
            tasksRow = BenchRow(
                name: "scheduler.tasks.turn", nsPerOp: ours,
                extras: floorExtras + [("turn_over_floor", ours / floor)], note: pythonNote)
        }

        let messages = config.actorMessages
        let actorsRow: BenchRow
        let oursActors = { actorsRound(messages: messages) }
        let actorFloorExtras: [(key: String, value: Double)] = [("floor_ns_per_turn", floor)]
        if let python {
            let result = SideBySide.run(
                rounds: config.rounds, ours: oursActors,
                baseline: { python.measure("actors \(messages)") })
            actorsRow = BenchRow(
                name: "scheduler.actors.message", sideBySide: result,
                baselineName: "CPython \(python.version) generator ActorScheduler",
                extras: actorFloorExtras)
        } else {
            actorsRow = BenchRow(
                name: "scheduler.actors.message",
                nsPerOp: SideBySide.runAlone(rounds: config.rounds, oursActors), note: pythonNote)
        }

        // The recording observer: every event appended to a reserved array.
        let eventCount = countEvents(coroutines: n, count: count)
        let sink = EventSink(capacity: eventCount)
        defer { sink.free() }
        let recording = SideBySide.run(
            rounds: config.rounds,
            ours: {
                sink.events.pointee.removeAll(keepingCapacity: true)
                let figure = tasksRound(coroutines: n, count: count, observer: sink.observer)
                precondition(sink.events.pointee.count == eventCount, "the recording observer lost events")
                return figure
            },
            baseline: oursTasks)
        let eventsPerTurn = Double(eventCount) / Double(turns)
        let recordingRow = BenchRow(
            name: "scheduler.tasks.turn.observer-recording", sideBySide: recording,
            baselineName: "TaskScheduler observer off",
            extras: [
                ("events_per_turn", eventsPerTurn),
                ("ns_per_event", recording.ours / eventsPerTurn),
                ("overhead_ns_per_event", (recording.ours - recording.baseline) / eventsPerTurn),
            ])
        return [floorRow, tasksRow, actorsRow, recordingRow]
    }

    /// `coroutines` countdowns of `count`, round robin: ns per turn (a
    /// countdown of `count` takes `count` + 1 turns, the last one ends it).
    static func tasksRound(coroutines: Int, count: Int, observer: ((SchedulerEvent) -> Void)?) -> Double {
        let start = BenchClock.now()
        let scheduler = TaskScheduler(observer: observer)
        for _ in 0..<coroutines { scheduler.spawn("countdown", countdown(count)) }
        let end = scheduler.run()
        let elapsed = Double(BenchClock.now() - start)
        let turns = coroutines * (count + 1)
        precondition(end == .completed && scheduler.steps == turns, "the task run went wrong: \(end)")
        return elapsed / Double(turns)
    }

    /// The notes' printer and counter, `send counter messages`: ns per
    /// delivered message (priming messages included, as CPython counts).
    static func actorsRound(messages: Int) -> Double {
        let start = BenchClock.now()
        let actors = ActorScheduler()
        actors.spawn("printer", CoroutineDemos.printer)
        actors.spawn("counter", CoroutineDemos.counter)
        actors.send("counter", messages)
        let end = actors.run()
        let elapsed = Double(BenchClock.now() - start)
        let delivered = actors.steps
        precondition(end == .completed && delivered == 2 * messages + 3, "the actor run went wrong: \(end)")
        return elapsed / Double(delivered)
    }

    /// How many events a recorded task run reports.
    static func countEvents(coroutines: Int, count: Int) -> Int {
        let sink = EventSink(capacity: 0)
        defer { sink.free() }
        _ = tasksRound(coroutines: coroutines, count: count, observer: sink.observer)
        return sink.events.pointee.count
    }

    /// The floor: one coroutine that only suspends, resumed `switches`
    /// times; ns per resume-and-suspend (two context switches), timed
    /// like a round of the scheduler, from creating it to its end.
    static func floorRound(switches: Int) -> Double {
        let start = BenchClock.now()
        var coroutine: StackfulCoroutine?
        var remaining = switches
        coroutine = StackfulCoroutine {
            while remaining > 0 {
                remaining -= 1
                coroutine.unsafelyUnwrapped.suspend()
            }
        }
        let bare = coroutine.unsafelyUnwrapped
        while !bare.isFinished { bare.resume() }
        let elapsed = Double(BenchClock.now() - start)
        coroutine = nil
        return elapsed / Double(switches + 1)
    }

    /// A recording observer: appends to an array reserved once, reached
    /// through a pointer (see HeapObserverBench.RecordingObserver).
    final class EventSink {
        let events: UnsafeMutablePointer<[SchedulerEvent]>

        init(capacity: Int) {
            events = .allocate(capacity: 1)
            events.initialize(to: [])
            events.pointee.reserveCapacity(capacity)
        }

        var observer: (SchedulerEvent) -> Void {
            { [self] event in self.events.pointee.append(event) }
        }

        func free() {
            events.deinitialize(count: 1)
            events.deallocate()
        }
    }
}
