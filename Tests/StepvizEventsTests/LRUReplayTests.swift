import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The replay invariant for the LRU cache: entries and counters rebuilt
/// from the events of each operation equal the library's own after it, and
/// the events tell the truth about the entries they name.
@Suite("LRUReplay rebuilds the library's cache from its events")
struct LRUReplayTests {
    static func applyChecked(_ event: LRUEvent<PythonValue, PythonValue>, to replay: inout LRUReplay, _ context: Comment) {
        let entries = replay.snapshot.entries
        switch event {
        case .hit(let key, let value):
            #expect(entries.contains(.init(key: key, value: value)), context)
        case .miss(let key):
            #expect(!entries.contains { $0.key == key }, context)
        case .insert(let key, _):
            #expect(!entries.contains { $0.key == key }, context)
        case .update(let key, let old, _):
            #expect(entries.contains(.init(key: key, value: old)), context)
        case .moveToMostRecent(let key):
            #expect(entries.contains { $0.key == key }, context)
        case .evict(let key, let value):
            #expect(entries.first == .init(key: key, value: value), "the least recent is evicted; \(context)")
            #expect(entries.count == replay.snapshot.capacity + 1, "only when over capacity; \(context)")
        case .lookup:
            break
        }
        replay.apply(event)
    }

    @Test("After every operation, the replayed entries and counters equal the library's", arguments: [0, 1, 2, 4, 7])
    func replayEqualsLibraryAfterEveryOperation(capacity: Int) {
        for seed in UInt64(0)..<120 {
            var random = SeededGenerator(seed: seed &* 977 &+ UInt64(capacity))
            let session = LRUSession(capacity: capacity)
            var replay = LRUReplay(capacity: capacity)
            let keys = Int.random(in: 2...capacity + 6, using: &random)
            for index in 0..<100 {
                let key = PythonValue.int(Int64(Int.random(in: 1...keys, using: &random)))
                session.apply(
                    Bool.random(using: &random)
                        ? .get(key: key)
                        : .put(key: key, value: .int(Int64.random(in: -99...999, using: &random))))
                let context: Comment = "seed \(seed), capacity \(capacity), op \(index): \(session.operations[index])"
                var states = 0
                for step in session.steps where step.op == index {
                    switch step.event {
                    case .lru(let event): Self.applyChecked(event, to: &replay, context)
                    case .state(let snapshot):
                        states += 1
                        #expect(replay.snapshot == snapshot, context)
                    case .result(let value): #expect(replay.lastHit == value, context)
                    case .begin: break
                    }
                }
                #expect(states == 1, context)
            }
            #expect(replay.snapshot == LRUSnapshot(session.cache), "seed \(seed)")
        }
    }
}
