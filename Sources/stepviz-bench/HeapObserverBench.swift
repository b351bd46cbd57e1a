import StepvizCore

/// `heap.n1e5.observer-counting` and `heap.n1e5.observer-recording`: the
/// heap workload with an observer attached, measured side by side with the
/// same workload observer off (that is the baseline: the ratio is the cost of
/// watching). `overhead_ns_per_event` is the figure the 5 ns target is about.
enum HeapObserverBench {
    /// Keeps the recorded events between measurements so the buffer's
    /// capacity is reserved once and reused (what a real recorder does).
    /// A class property costs a dynamic exclusivity check per access
    /// (swift_beginAccess/endAccess, ~11 ns an event measured here): that is the
    /// sink's cost, not the heap's, so the row's sink reaches its array
    /// through a pointer; `class_property_sink_overhead_ns_per_event` shows
    /// what the plain class-property sink costs.
    final class EventBuffer {
        var events: [HeapEvent<Int>] = []
    }

    struct PointerEventBuffer {
        let events: UnsafeMutablePointer<[HeapEvent<Int>]>

        init(capacity: Int) {
            events = .allocate(capacity: 1)
            events.initialize(to: [])
            events.pointee.reserveCapacity(capacity)
        }

        func deallocate() {
            events.deinitialize(count: 1)
            events.deallocate()
        }
    }

    static func rows(_ config: BenchConfig) -> [BenchRow] {
        let count = config.observerHeapSize
        let input = RandomInputs.heapInput(count)
        let repetitions = HeapBench.repetitionsFor(count, config)
        let eventsPerRun = countEvents(input)
        let opsPerRun = 2 * count
        let label = config.heapSizes.first { $0.count == count }?.label ?? "n\(count)"

        let counting = SideBySide.run(
            rounds: config.rounds,
            ours: { countingObserver(input, repetitions: repetitions) },
            baseline: { HeapBench.ours(input, repetitions: repetitions) })

        let buffer = PointerEventBuffer(capacity: eventsPerRun)
        defer { buffer.deallocate() }
        let recording = SideBySide.run(
            rounds: config.rounds,
            ours: { recordingObserver(input, repetitions: repetitions, into: buffer) },
            baseline: { HeapBench.ours(input, repetitions: repetitions) })
        precondition(buffer.events.pointee.count == eventsPerRun, "the recording sink lost events")

        let classBuffer = EventBuffer()
        classBuffer.events.reserveCapacity(eventsPerRun)
        let classRecording = SideBySide.run(
            rounds: config.rounds,
            ours: { classPropertyRecordingObserver(input, repetitions: repetitions, into: classBuffer) },
            baseline: { HeapBench.ours(input, repetitions: repetitions) })
        precondition(classBuffer.events.count == eventsPerRun, "the recording sink lost events")
        let eventsPerOp = Double(eventsPerRun) / Double(opsPerRun)
        var recordingRow = row("heap.\(label).observer-recording", recording, eventsPerRun: eventsPerRun, opsPerRun: opsPerRun)
        recordingRow.extras.append(("class_property_sink_overhead_ns_per_event",
                                    (classRecording.ours - classRecording.baseline) / eventsPerOp))

        return [
            row("heap.\(label).observer-counting", counting, eventsPerRun: eventsPerRun, opsPerRun: opsPerRun),
            recordingRow,
        ]
    }

    static func row(_ name: String, _ result: SideBySide.Result, eventsPerRun: Int, opsPerRun: Int) -> BenchRow {
        let eventsPerOp = Double(eventsPerRun) / Double(opsPerRun)
        return BenchRow(
            name: name, sideBySide: result, baselineName: "BinaryHeap observer off",
            extras: [
                ("events_per_op", eventsPerOp),
                ("ns_per_event", result.ours / eventsPerOp),
                ("overhead_ns_per_event", (result.ours - result.baseline) / eventsPerOp),
            ])
    }

    /// How many events one push-all, pop-all run reports.
    static func countEvents(_ input: [Int]) -> Int {
        var events = 0
        var heap = BinaryHeap<Int>()
        heap.observer = { _ in events += 1 }
        for value in input { heap.push(value) }
        while heap.popMin() != nil {}
        return events
    }

    /// The sinks are made out of line so the optimizer cannot inline the
    /// closure into the heap's loops (it sometimes did, making the counting
    /// sink free or not depending on unrelated code): the heap calls an
    /// opaque observer, as it does in HeapSession. Their state sits behind
    /// pointers, so the figure has no exclusivity checks in it (see
    /// `EventBuffer`).
    @inline(never)
    static func countingSink(_ counter: UnsafeMutablePointer<Int>) -> (consuming HeapEvent<Int>) -> Void {
        { _ in counter.pointee &+= 1 }
    }

    @inline(never)
    static func recordingSink(_ events: UnsafeMutablePointer<[HeapEvent<Int>]>) -> (consuming HeapEvent<Int>) -> Void {
        { events.pointee.append($0) }
    }

    @inline(never)
    static func classPropertySink(_ buffer: EventBuffer) -> (consuming HeapEvent<Int>) -> Void {
        { buffer.events.append($0) }
    }

    static func countingObserver(_ input: [Int], repetitions: Int) -> Double {
        var checksum = 0
        let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        counter.initialize(to: 0)
        defer { counter.deallocate() }
        let sink = countingSink(counter)
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                var heap = BinaryHeap<Int>()
                heap.observer = sink
                for value in input { heap.push(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum &+ counter.pointee)
        return elapsed / Double(2 * input.count * repetitions)
    }

    static func recordingObserver(_ input: [Int], repetitions: Int, into buffer: PointerEventBuffer) -> Double {
        var checksum = 0
        let events = buffer.events
        let sink = recordingSink(events)
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                events.pointee.removeAll(keepingCapacity: true)
                var heap = BinaryHeap<Int>()
                heap.observer = sink
                for value in input { heap.push(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum &+ events.pointee.count)
        return elapsed / Double(2 * input.count * repetitions)
    }

    static func classPropertyRecordingObserver(_ input: [Int], repetitions: Int, into buffer: EventBuffer) -> Double {
        var checksum = 0
        let sink = classPropertySink(buffer)
        let elapsed = BenchClock.measure {
            for _ in 0..<repetitions {
                buffer.events.removeAll(keepingCapacity: true)
                var heap = BinaryHeap<Int>()
                heap.observer = sink
                for value in input { heap.push(value) }
                while let value = heap.popMin() { checksum = checksum &* 31 &+ value }
            }
        }
        blackHole(checksum &+ buffer.events.count)
        return elapsed / Double(2 * input.count * repetitions)
    }
}
