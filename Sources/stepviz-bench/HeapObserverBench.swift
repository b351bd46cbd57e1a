import StepvizCore

/// `heap.n1e5.observer-counting` and `heap.n1e5.observer-recording`: the
/// heap workload with an observer attached, measured side by side with the
/// same workload observer off (that is the baseline: the ratio is the cost of
/// watching). `overhead_ns_per_event` is the figure the 5 ns target is about.
///
/// The rows use the heap's generic `observer:` argument, the fast way to
/// record; `closure_overhead_ns_per_event` is the same sink given as the
/// `observer` closure (an indirect call per event), measured the same way.
enum HeapObserverBench {
    /// Counts the events.
    struct CountingObserver: HeapObserver {
        var count = 0
        mutating func observe(_ event: HeapEvent<Int>) { count &+= 1 }
    }

    /// Appends every event to a buffer whose capacity is reserved once and
    /// reused between runs, what a real recorder does. The buffer sits behind
    /// a pointer: a class property would add Swift's dynamic exclusivity
    /// checks (~11 ns an access measured here), a cost of the sink, not of
    /// the heap.
    struct RecordingObserver: HeapObserver {
        let events: UnsafeMutablePointer<[HeapEvent<Int>]>
        mutating func observe(_ event: HeapEvent<Int>) { events.pointee.append(event) }
    }

    static func rows(_ config: BenchConfig) -> [BenchRow] {
        let count = config.observerHeapSize
        let input = RandomInputs.heapInput(count)
        let repetitions = HeapBench.repetitionsFor(count, config)
        let eventsPerRun = countEvents(input)
        let opsPerRun = 2 * count
        let eventsPerOp = Double(eventsPerRun) / Double(opsPerRun)
        let label = config.heapSizes.first { $0.count == count }?.label ?? "n\(count)"
        func overhead(_ result: SideBySide.Result) -> Double { (result.ours - result.baseline) / eventsPerOp }
        func observerOff() -> Double { HeapBench.ours(input, repetitions: repetitions) }

        // The counts go to the black hole, or counting could be optimized away.
        let counting = SideBySide.run(
            rounds: config.rounds,
            ours: {
                var observer = CountingObserver()
                defer { blackHole(observer.count) }
                return run(input, repetitions: repetitions, observer: &observer) { _ in }
            }, baseline: observerOff)
        let countingClosure = SideBySide.run(
            rounds: config.rounds,
            ours: {
                var observer = CountingObserver()
                defer { blackHole(observer.count) }
                return runWithClosure(input, repetitions: repetitions, observer: &observer) { _ in }
            }, baseline: observerOff)

        let events = UnsafeMutablePointer<[HeapEvent<Int>]>.allocate(capacity: 1)
        events.initialize(to: [])
        events.pointee.reserveCapacity(eventsPerRun)
        defer {
            events.deinitialize(count: 1)
            events.deallocate()
        }
        let clear: (inout RecordingObserver) -> Void = { $0.events.pointee.removeAll(keepingCapacity: true) }
        let recording = SideBySide.run(
            rounds: config.rounds,
            ours: {
                var observer = RecordingObserver(events: events)
                return run(input, repetitions: repetitions, observer: &observer, beforeEachRun: clear)
            }, baseline: observerOff)
        precondition(events.pointee.count == eventsPerRun, "the recording sink lost events")
        let recordingClosure = SideBySide.run(
            rounds: config.rounds,
            ours: {
                var observer = RecordingObserver(events: events)
                return runWithClosure(input, repetitions: repetitions, observer: &observer, beforeEachRun: clear)
            }, baseline: observerOff)
        precondition(events.pointee.count == eventsPerRun, "the recording sink lost events")

        // The floor: the same number of HeapEvents appended to the same
        // reserved array, no heap work; what recording costs at the least.
        let floor = SideBySide.runAlone(rounds: config.rounds) {
            var checksum = 0
            let elapsed = BenchClock.measure {
                for _ in 0..<repetitions {
                    events.pointee.removeAll(keepingCapacity: true)
                    for index in 0..<eventsPerRun { events.pointee.append(.move(from: index, to: index &+ 1, index)) }
                    checksum &+= events.pointee.count
                }
            }
            blackHole(checksum)
            return elapsed / Double(eventsPerRun * repetitions)
        }
        let recordingOverhead = overhead(recording)

        return [
            row(
                "heap.\(label).observer-counting", counting, eventsPerOp: eventsPerOp,
                closureOverhead: overhead(countingClosure)),
            row(
                "heap.\(label).observer-recording", recording, eventsPerOp: eventsPerOp,
                closureOverhead: overhead(recordingClosure),
                floor: [("floor_ns_per_event", floor), ("overhead_over_floor", recordingOverhead / floor)]),
        ]
    }

    static func row(
        _ name: String, _ result: SideBySide.Result, eventsPerOp: Double, closureOverhead: Double,
        floor: [(key: String, value: Double)] = []
    ) -> BenchRow {
        BenchRow(
            name: name, sideBySide: result, baselineName: "BinaryHeap observer off",
            extras: [
                ("events_per_op", eventsPerOp),
                ("ns_per_event", result.ours / eventsPerOp),
                ("overhead_ns_per_event", (result.ours - result.baseline) / eventsPerOp),
                ("closure_overhead_ns_per_event", closureOverhead),
            ] + floor)
    }

    /// How many events one push-all, pop-all run reports.
    static func countEvents(_ input: [Int]) -> Int {
        var observer = CountingObserver()
        var heap = BinaryHeap<Int>()
        for value in input { heap.push(value, observer: &observer) }
        while heap.popMin(observer: &observer) != nil {}
        return observer.count
    }

    /// The workload with `observer` passed as the generic argument.
    static func run<Observer: HeapObserver<Int>>(
        _ input: [Int], repetitions: Int, observer: inout Observer, beforeEachRun: (inout Observer) -> Void
    ) -> Double {
        var checksum = 0
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                beforeEachRun(&observer)
                var heap = BinaryHeap<Int>()
                for value in input { heap.push(value, observer: &observer) }
                while let value = heap.popMin(observer: &observer) { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum)
        return elapsed / Double(2 * input.count * repetitions)
    }

    /// The workload with the same observer behind the `observer` closure.
    static func runWithClosure<Observer: HeapObserver<Int>>(
        _ input: [Int], repetitions: Int, observer: inout Observer, beforeEachRun: (inout Observer) -> Void
    ) -> Double {
        var checksum = 0
        let box = UnsafeMutablePointer<Observer>.allocate(capacity: 1)
        box.initialize(to: observer)
        defer {
            observer = box.move()
            box.deallocate()
        }
        let sink = closure(box)
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                beforeEachRun(&box.pointee)
                var heap = BinaryHeap<Int>()
                heap.observer = sink
                for value in input { heap.push(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum)
        return elapsed / Double(2 * input.count * repetitions)
    }

    /// Made out of line so the optimizer cannot inline the closure into the
    /// heap's loops (it sometimes did, making the figure depend on unrelated
    /// code): the heap calls an opaque closure, as it does in HeapSession.
    @inline(never)
    static func closure<Observer: HeapObserver<Int>>(_ box: UnsafeMutablePointer<Observer>) -> (consuming HeapEvent<Int>) -> Void {
        { box.pointee.observe($0) }
    }
}
