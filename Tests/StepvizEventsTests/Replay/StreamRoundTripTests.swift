import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// Every panel's stream, read back, gives the steps that wrote it: the
/// screens can be fed from a file exactly as from the library.
@Suite("A written stream reads back as the steps that wrote it")
struct StreamRoundTripTests {
    @Test("heap: the demo, the requests scene and random operations (replace and failing pops included), 150 seeds")
    func heap() throws {
        for seed in UInt64(0)..<150 {
            let demo = OperationStepSource<HeapSession, HeapDemoScript>(
                setup: HeapSetup(), demoSeed: seed, limit: HeapDemoScript.eventRunLength)
            try SavedStreamCheck.roundTrip(panel: "heap", EventRunOptions(seed: seed), expected: demo, "demo seed \(seed)")
            let requests = OperationStepSource<HeapSession, HeapDemoScript>(
                setup: HeapSetup(scene: .requests), demoSeed: seed, limit: HeapDemoScript.eventRunLength)
            try SavedStreamCheck.roundTrip(
                panel: "heap", EventRunOptions(seed: seed).with(\.scene, "requests"), expected: requests, "requests seed \(seed)")

            var random = SeededGenerator(seed: seed)
            let session = HeapSession()
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                session.apply(
                    HeapReplayTests.randomOperation(size: session.heap.count, maxValue: [1, 9, 500][Int(seed % 3)], using: &random))
            }
            let ops = session.operations.map(\.description).joined(separator: "; ")
            let expected = OperationStepSource<HeapSession, HeapDemoScript>(setup: HeapSetup(), operations: Array(session.operations))
            try SavedStreamCheck.roundTrip(panel: "heap", EventRunOptions(ops: ops), expected: expected, "seed \(seed): \(ops)")
        }
    }

    @Test("deque: the demo and random operations, unbounded and with maxlen 0 to 6, 150 seeds")
    func deque() throws {
        for seed in UInt64(0)..<150 {
            let maxlen = seed % 8 == 7 ? nil : Int(seed % 8)
            let setup = DequeSetup(maxlen: maxlen)
            let demo = OperationStepSource<DequeSession, DequeDemoScript>(
                setup: setup, demoSeed: seed, limit: DequeDemoScript.eventRunLength)
            try SavedStreamCheck.roundTrip(
                panel: "deque", EventRunOptions(seed: seed).with(\.maxlen, maxlen), expected: demo, "demo seed \(seed)")

            var random = SeededGenerator(seed: seed)
            let session = DequeSession(setup: setup)
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                session.apply(DequeReplayTests.randomOperation(size: session.deque.count, using: &random))
            }
            let ops = session.operations.map(\.description).joined(separator: "; ")
            let expected = OperationStepSource<DequeSession, DequeDemoScript>(setup: setup, operations: Array(session.operations))
            try SavedStreamCheck.roundTrip(
                panel: "deque", EventRunOptions(ops: ops).with(\.maxlen, maxlen), expected: expected, "seed \(seed): \(ops)")
        }
    }

    @Test("lru: the demo and random puts and gets, capacity 0 to 5, 150 seeds")
    func lru() throws {
        for seed in UInt64(0)..<150 {
            let capacity = Int(seed % 6)
            let setup = LRUSetup(capacity: capacity)
            let demo = OperationStepSource<LRUSession, LRUDemoScript>(setup: setup, demoSeed: seed, limit: LRUDemoScript.eventRunLength)
            try SavedStreamCheck.roundTrip(
                panel: "lru", EventRunOptions(seed: seed).with(\.capacity, capacity), expected: demo, "demo seed \(seed)")

            var random = SeededGenerator(seed: seed)
            let operations = (0..<Int.random(in: 1...40, using: &random)).map { _ -> LRUOperation in
                let key = PythonValue.int(Int64.random(in: 0...6, using: &random))
                return Bool.random(using: &random)
                    ? .get(key: key) : .put(key: key, value: .int(Int64.random(in: -50...50, using: &random)))
            }
            let ops = operations.map(\.description).joined(separator: "; ")
            let expected = OperationStepSource<LRUSession, LRUDemoScript>(setup: setup, operations: operations)
            try SavedStreamCheck.roundTrip(
                panel: "lru", EventRunOptions(ops: ops).with(\.capacity, capacity), expected: expected, "seed \(seed): \(ops)")
        }
    }

    @Test("locks: the demo cycle (every scene) and each scene alone, 12 seeds")
    func locks() throws {
        for seed in UInt64(0)..<12 {
            let demo = SceneStepSource<LocksSession>(demoSeed: seed, limit: LocksScene.demoCycle)
            try SavedStreamCheck.roundTrip(panel: "locks", EventRunOptions(seed: seed), expected: demo, "demo seed \(seed)")
            for kind in LocksScene.Kind.allCases {
                let options = EventRunOptions(seed: seed).with(\.scene, kind.rawValue).with(
                    \.threads, kind == .philosophers ? 3 + Int(seed % 3) : nil
                ).with(\.ordered, kind == .philosophers && seed % 2 == 0)
                let expected = SceneStepSource<LocksSession>(scene: try LocksScene(options: options))
                try SavedStreamCheck.roundTrip(panel: "locks", options, expected: expected, "\(kind) seed \(seed)")
            }
        }
    }

    @Test("scheduler: the demo cycle (tasks, then actors) and random tasks and sends, 40 seeds")
    func scheduler() throws {
        for seed in UInt64(0)..<40 {
            let demo = SceneStepSource<SchedulerSession>(demoSeed: seed, limit: SchedulerScene.demoCycle)
            try SavedStreamCheck.roundTrip(panel: "scheduler", EventRunOptions(seed: seed), expected: demo, "demo seed \(seed)")

            var random = SeededGenerator(seed: seed)
            let tasks = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                "\(Bool.random(using: &random) ? "countdown" : "countup") \(Int.random(in: -1...6, using: &random))"
            }.joined(separator: "; ")
            let sends = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                // Sends to the printer and to a name no actor has (dropped) too.
                "send \(["counter", "printer", "nobody"][Int.random(in: 0..<3, using: &random)]) \(Int.random(in: 0...4, using: &random))"
            }.joined(separator: "; ")
            for (kind, ops) in [(SchedulerScene.Kind.tasks, tasks), (.actors, sends)] {
                let expected = SceneStepSource<SchedulerSession>(scene: try SchedulerScene(kind: kind, ops: ops))
                try SavedStreamCheck.roundTrip(
                    panel: "scheduler", EventRunOptions(ops: ops).with(\.scene, kind.rawValue), expected: expected,
                    "seed \(seed): \(kind) \(ops)")
            }
        }
    }

    @Test("The scheduler's messages get their coroutine ids back from the run's spawns")
    func schedulerMessagesTask() throws {
        let bytes = Array(try EventStreamCapture.bytes(panel: "scheduler", EventRunOptions(ops: "send counter 2").with(\.scene, "actors")))
        let source = try SavedStream.read(bytes).source(as: SchedulerStepEvent.self)
        let queued = source.steps.compactMap { step -> [QueuedMessage]? in
            if case .state(let state) = step.event { state.messages } else { nil }
        }.flatMap { $0 }
        #expect(!queued.isEmpty)
        #expect(queued.allSatisfy { ($0.actor == "printer" && $0.task == 1) || ($0.actor == "counter" && $0.task == 2) }, "\(queued)")
    }

    @Test("A replayed source is a total: no demo, and nothing new can run on it")
    func replaySource() throws {
        let bytes = Array(try EventStreamCapture.bytes(panel: "heap", EventRunOptions(ops: "push 3; pop")))
        var source = try SavedStream.read(bytes).source(as: HeapStepEvent.self)
        #expect(!source.isOpenEnded)
        let ranDemo = source.runNextDemoOperation()
        #expect(!ranDemo)
        #expect(throws: OperationParseError("a replayed stream cannot run new operations")) { try source.run(line: "push 4") }
        #expect(source.operationLabels == ["push 3", "pop"])
        #expect(source.steps.count == 10)
    }
}
