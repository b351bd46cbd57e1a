import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct LRUPanelModelTests {
    /// The model, rebuilt from the events alone, equals the library after
    /// every operation: entries in recency order and every counter, for
    /// seeds 1...200 of the demo at each capacity (0 included).
    @Test(arguments: [0, 1, 2, 4, 7])
    func modelEqualsLibraryAfterEveryOperation(capacity: Int) {
        for seed in UInt64(1)...200 {
            let session = LRUSession(capacity: capacity)
            var demo = LRUDemoScript(seed: seed, capacity: capacity)
            var model = LRUPanelModel(setup: LRUSetup(capacity: capacity))
            var folded = 0
            for _ in 0..<60 {
                session.apply(demo.next())
                for step in session.steps[folded...] {
                    model.apply(step)
                    if case .state(let snapshot) = step.event {
                        #expect(model.replay.snapshot == snapshot, "seed \(seed) capacity \(capacity) op \(step.op)")
                    }
                }
                folded = session.steps.count
                let cache = session.cache
                #expect(model.replay.snapshot == LRUSnapshot(cache), "seed \(seed) capacity \(capacity)")
                #expect(model.replay.snapshot.entries.count == cache.count)
                #expect(model.requests == cache.hits + cache.misses)
                #expect(model.hitRatios.count == Swift.min(model.requests, LRUPanelModel.hitRatioWindow))
                if model.requests > 0 {
                    #expect(model.hitRatio == Double(cache.hits) / Double(cache.hits + cache.misses))
                }
            }
        }
    }

    @Test func exampleMissesTheEvictedKey() throws {
        let session = try LRUModels.session(LRUModels.exampleOps, capacity: 2)
        let model = LRUModels.model(session, capacity: 2)
        #expect(model.replay.snapshot.entries == [.init(key: 1, value: 10), .init(key: 3, value: 30)])
        #expect(model.replay.snapshot.hits == 1)
        #expect(model.replay.snapshot.misses == 1)
        #expect(model.replay.snapshot.evictions == 1)
        #expect(model.operation == .get(key: 2))
        #expect(model.highlights.missed)
        #expect(model.highlights.evicted == nil, "the eviction belongs to put 3 30, not to get 2")
        #expect(model.hitRatios == [1, 0.5])
        #expect(LRUPanel.summary(model, glyphs: .unicode) == "lru hit 50%")

        let evicting = try LRUModels.exampleAtEviction()
        #expect(evicting.operation == .put(key: 3, value: 30))
        #expect(evicting.highlights.evicted == .init(key: 2, value: 20))
        #expect(evicting.highlights.travel == .init(entry: .init(key: 2, value: 20), from: 0, to: nil))
    }

    /// A hit moves its node: the travel starts where the node was.
    @Test func hitTravelsFromWhereTheNodeWas() throws {
        let session = try LRUModels.session("put 1 10; put 2 20; put 3 30; get 1", capacity: 4)
        let model = LRUModels.model(session, capacity: 4) { step in
            if case .lru(.moveToMostRecent) = step.event { true } else { false }
        }
        #expect(model.highlights.role == .moved)
        #expect(model.highlights.travel == .init(entry: .init(key: 1, value: 10), from: 0, to: 2))
        #expect(model.replay.snapshot.entries.map(\.key) == [2, 3, 1])
    }

    /// An update keeps its old value in sight while the node moves.
    @Test func updateRemembersTheOldValue() throws {
        let session = try LRUModels.session("put 1 10; put 2 20; put 1 11", capacity: 2)
        let model = LRUModels.model(session, capacity: 2)
        #expect(model.highlights.role == .updated(old: 10))
        #expect(model.replay.snapshot.entries.map(\.key) == [2, 1])
    }

    /// Capacity 0, as LRUCache does it: the put inserts, then evicts at once.
    @Test func capacityZeroEvictsEveryPut() throws {
        let session = try LRUModels.session("put 1 10; get 1", capacity: 0)
        let inserted = LRUModels.model(session, capacity: 0) { step in
            if case .lru(.insert) = step.event { true } else { false }
        }
        #expect(inserted.replay.snapshot.entries == [.init(key: 1, value: 10)], "over capacity for one step")
        let model = LRUModels.model(session, capacity: 0)
        #expect(model.replay.snapshot.entries.isEmpty)
        #expect(model.replay.snapshot.evictions == 1)
        #expect(model.replay.snapshot.misses == 1)
    }

    @Test func summaryBeforeAnyRequestAndRounding() throws {
        let empty = LRUPanelModel(setup: LRUSetup(capacity: 4))
        #expect(LRUPanel.summary(empty, glyphs: .unicode) == "lru 0/4, no gets yet")
        // 5 hits in 8 requests: Python's format(0.625, ".0%") is "62%".
        let session = try LRUModels.session("put 1 1; get 1; get 1; get 1; get 1; get 1; get 2; get 3; get 4", capacity: 4)
        #expect(LRUPanel.summary(LRUModels.model(session, capacity: 4), glyphs: .unicode) == "lru hit 62%")
    }

    /// The sparkline's memory stays bounded on an endless run.
    @Test func hitRatioWindowIsBounded() {
        let session = LRUModels.demoSession(seed: 3, capacity: 4, count: 400)
        let model = LRUModels.model(session, capacity: 4)
        #expect(model.hitRatios.count == LRUPanelModel.hitRatioWindow)
        #expect(model.recentEvents.count == LRUPanelModel.logCapacity)
    }
}
