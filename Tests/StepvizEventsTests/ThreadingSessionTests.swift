import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The threading scenes as the event stream and the panel see them: every
/// scene and variant over many seeds on real threads, the replay of the
/// events equal to the library's state after every operation, the stream
/// round trip, determinism, the challenges and bad input.
@Suite("Threading scenes: session, stream and replay")
struct ThreadingSessionTests {
    static let seeds: ClosedRange<UInt64> = 1...60

    /// Every scene and variant, at each thread count it takes.
    static let variants: [EventRunOptions] = ThreadingScene.Kind.allCases.flatMap { kind -> [EventRunOptions] in
        kind.threadRange.flatMap { threads -> [EventRunOptions] in
            let base = EventRunOptions().with(\.scene, kind.rawValue).with(\.threads, threads)
            var all = [base]
            if kind.hasFixedVariant { all.append(base.with(\.fixed, true)) }
            if kind.hasPlainLockVariant { all.append(base.with(\.plainLock, true)) }
            if kind.hasMaxsize { all.append(base.with(\.maxsize, 2)) }
            return all
        }
    }

    static func session(_ options: EventRunOptions) throws -> ThreadingSession {
        let session = ThreadingSession(scene: try ThreadingPanelScene(options: options))
        session.run()
        return session
    }

    static func events(_ session: ThreadingSession) -> [ThreadingEvent] {
        session.steps.compactMap { if case .threading(let event) = $0.event { event } else { nil } }
    }

    @Test("After every operation the checked replay of the events equals the library's state, every scene, 60 seeds")
    func replayEqualsState() throws {
        for options in Self.variants {
            for seed in Self.seeds {
                var options = options
                options.seed = seed
                let session = try Self.session(options)
                var replay = ThreadingCheckedReplay(setup: NoSetup())
                var states = 0
                for step in session.steps {
                    // apply throws when a `state` disagrees with the events before it.
                    try replay.apply(step.event)
                    if case .state = step.event { states += 1 }
                }
                #expect(states == session.operationLabels.count, "\(session.scene.label) seed \(seed)")
                let end = try #require(session.finalState)
                #expect(replay.replay.state == end, "\(session.scene.label) seed \(seed)")
                // Every run ends: no thread left running unless it ended stuck.
                if end.stuck == nil {
                    #expect(end.running.isEmpty && end.blocked.isEmpty, "\(session.scene.label) seed \(seed)")
                    #expect((end.finished + end.aborted).sorted() == Array(1...session.scene.scene.threads))
                } else {
                    #expect(end.running.isEmpty && !end.blocked.isEmpty, "\(session.scene.label) seed \(seed)")
                }
            }
        }
    }

    @Test("stolen-wakeup: some seed's consumer wakes to an empty deque and raises IndexError after another took the item; --fixed never")
    func stolenWakeup() throws {
        var stolen = 0
        for seed in Self.seeds {
            let broken = try Self.session(EventRunOptions(seed: seed).with(\.scene, "stolen-wakeup"))
            let events = Self.events(broken)
            if let raisedAt = events.firstIndex(where: { if case .raised = $0 { true } else { false } }) {
                stolen += 1
                guard case .raised(let victim, let error) = events[raisedAt] else { continue }
                #expect(error == PythonError("IndexError", "pop from an empty deque"))
                // The victim was woken by a notify, and before its pop another consumer popped.
                let woken = events[..<raisedAt].lastIndex {
                    if case .notify(_, _, _, let woken, _) = $0 { woken.contains(victim) } else { false }
                }
                let wake = try #require(woken, "seed \(seed): T\(victim) raised without being notified")
                #expect(
                    events[wake..<raisedAt].contains { if case .poppedLeft(let thread, _, _, _) = $0 { thread != victim } else { false } },
                    "seed \(seed): nobody took the item between the notify and the pop")
                if case .reached(let text)? = broken.challengeOutcome {
                    #expect(text.contains("IndexError"))
                } else {
                    Issue.record("seed \(seed)")
                }
            }
            let fixed = try Self.session(EventRunOptions(seed: seed).with(\.scene, "stolen-wakeup").with(\.fixed, true))
            #expect(!Self.events(fixed).contains { if case .raised = $0 { true } else { false } }, "seed \(seed)")
            #expect(fixed.finalState?.finished == [1, 2, 3])
        }
        #expect(stolen > 0 && stolen < Self.seeds.count, "\(stolen) of \(Self.seeds.count) runs stole a wakeup")
    }

    @Test("lost-wakeup: the notifier first leaves the waiter stuck for ever (the run ends); --fixed finishes")
    func lostWakeup() throws {
        // The notifier (T2) takes every step first: the notify goes to nobody.
        let lost = try Self.session(EventRunOptions().with(\.scene, "lost-wakeup").with(\.schedule, [2, 2, 2, 2, 2]))
        let events = Self.events(lost)
        #expect(events.contains(.notify(thread: 2, condition: "changed", requested: 0, woken: [], waiters: [])))
        let end = try #require(lost.finalState)
        #expect(end.stuck?.first == "thread 1 waits on condition changed (lock mutex released); blocked by whoever notifies it")
        #expect(end.blocked == [1] && end.finished == [2])
        if case .reached(let text)? = lost.challengeOutcome { #expect(text.hasPrefix("stuck")) } else { Issue.record("not reached") }
        let fixed = try Self.session(EventRunOptions().with(\.scene, "lost-wakeup").with(\.fixed, true).with(\.schedule, [2, 2, 2, 2, 2]))
        #expect(fixed.finalState?.stuck == nil && fixed.finalState?.finished == [1, 2])
    }

    @Test("reentrant: the RLock counts 1, 2, 1, 0; a plain lock waits for itself, a cycle of one, and the run recovers")
    func reentrant() throws {
        let counts = Self.events(try Self.session(EventRunOptions().with(\.scene, "reentrant"))).compactMap { event -> Int? in
            switch event {
            case .acquired(_, _, let count), .released(_, _, let count): count
            default: nil
            }
        }
        #expect(counts == [1, 2, 1, 0])
        let plain = try Self.session(EventRunOptions().with(\.scene, "reentrant").with(\.plainLock, true))
        #expect(Self.events(plain).contains { if case .deadlock(let cycle, _, 1) = $0 { cycle == [1] } else { false } })
        #expect(plain.finalState?.aborted == [1] && plain.finalState?.running == [])
        #expect(plain.finalState?.locks.allSatisfy { $0.holder == nil } == true)
    }

    @Test("producer-consumer: every item goes from the producer to a consumer in FIFO order, the queue ends empty")
    func producerConsumer() throws {
        for maxsize in 1...3 {
            for seed in Self.seeds {
                let session = try Self.session(EventRunOptions(seed: seed).with(\.scene, "producer-consumer").with(\.maxsize, maxsize))
                let popped = Self.events(session).compactMap { if case .poppedLeft(_, _, let item, _) = $0 { item } else { nil } }
                #expect(popped == ["1", "2", "3", "4"], "maxsize \(maxsize) seed \(seed)")
                let end = try #require(session.finalState)
                #expect(end.deque("q.queue")?.items == [] && end.variable("q.unfinished_tasks") == "0")
                #expect(end.finished == [1, 2, 3])
                // The queue never holds more than maxsize.
                for case .state(let state) in session.steps.map(\.event) {
                    #expect((state.deque("q.queue")?.items.count ?? 0) <= maxsize)
                }
            }
        }
    }

    @Test("The demo and every scene round-trip through a saved stream, 10 seeds")
    func roundTrip() throws {
        for seed in UInt64(0)..<10 {
            let demo = SceneStepSource<ThreadingSession>(demoSeed: seed, limit: ThreadingPanelScene.demoCycle)
            try SavedStreamCheck.roundTrip(panel: "threading", EventRunOptions(seed: seed), expected: demo, "demo seed \(seed)")
        }
    }

    @Test("The same seed or schedule gives the same stream, byte for byte, every time")
    func deterministic() throws {
        for options in [
            EventRunOptions(seed: 4).with(\.scene, "stolen-wakeup"),
            EventRunOptions().with(\.scene, "lost-wakeup").with(\.schedule, [2, 1]),
            EventRunOptions(seed: 9).with(\.scene, "producer-consumer").with(\.threads, 4),
        ] {
            let first = try EventStreamCapture.bytes(panel: "threading", options)
            for _ in 0..<10 { #expect(try EventStreamCapture.bytes(panel: "threading", options) == first) }
        }
    }

    @Test("The JSON Lines stream parses and follows the contract")
    func contract() throws {
        for options in [EventRunOptions(), EventRunOptions(seed: 2).with(\.scene, "stolen-wakeup")] {
            let lines = try EventStreamCapture.lines(panel: "threading", options)
            try EventStreamCapture.checkContract(lines, panel: "threading")
        }
    }

    @Test("The demo's broken scenes go wrong and its fixed ones do not")
    func demo() throws {
        for seed in UInt64(1)...5 {
            for index in 0..<(2 * ThreadingPanelScene.demoCycle) {
                let scene = ThreadingPanelScene.demo(index, seed: seed)
                let session = ThreadingSession(scene: scene)
                session.run()
                let reached = if case .reached? = session.challengeOutcome { true } else { false }
                let core = scene.scene
                switch core.kind {
                case .stolenWakeup, .lostWakeup: #expect(reached == !core.fixed, "\(scene.label) seed \(seed)")
                case .reentrant: #expect(reached == core.plainLock, "\(scene.label)")
                case .producerConsumer: break
                }
            }
        }
    }

    @Test(
        "Bad options are refused with one line naming the bad text",
        arguments: [
            (EventRunOptions().with(\.scene, "producer-consumer").with(\.maxsize, 0), "--maxsize must be at least 1, not 0"),
            (EventRunOptions().with(\.scene, "stolen-wakeup").with(\.threads, 5), "takes 2 to 4 threads, not 5"),
            (EventRunOptions().with(\.scene, "reentrant").with(\.fixed, true), "scene reentrant has no --fixed variant"),
            (EventRunOptions().with(\.scene, "lost-wakeup").with(\.plainLock, true), "scene lost-wakeup has no --plain-lock variant"),
            (EventRunOptions().with(\.scene, "lost-wakeup").with(\.maxsize, 2), "scene lost-wakeup has no --maxsize"),
            (EventRunOptions().with(\.scene, "spurious"), "unknown scene 'spurious'"),
            (EventRunOptions(ops: "put 1"), "threading runs scenes, not operations"),
            (EventRunOptions().with(\.scene, "lost-wakeup").with(\.schedule, [1, 1, 1]), "step 3: thread 1"),
        ])
    func badInput(options: EventRunOptions, message: String) {
        #expect {
            _ = try ThreadingPanelScene(options: options)
        } throws: { error in
            "\(error)".contains(message)
        }
    }
}
