import StepvizCore
import StepvizTestSupport
import Testing

/// LRUCache replays the scripts the OrderedDict recipe ran in CPython, and
/// the get-or-put traces functools.lru_cache counted
/// (Vectors/generate_deque_lru_vectors.py).
@Suite("LRUCache against CPython OrderedDict / lru_cache vectors")
struct LRUCPythonVectorTests {
    @Test("Same results, entries (least recent first) and counters after every operation")
    func scriptsAgreeAfterEveryOperation() throws {
        let scripts = try LRUVector.load("lru_vectors", as: LRUVector.Script.self)
        #expect(scripts.count >= 100)
        var checkedSteps = 0
        for script in scripts {
            var cache = LRUCache<Int, Int>(capacity: script.capacity)
            for (index, (operation, expected)) in zip(script.ops, script.after).enumerated() {
                let context: Comment = "seed \(script.seed) (capacity \(script.capacity)), step \(index): \(operation)"
                if operation.name == "get" {
                    #expect(cache.get(operation.key) == expected.result, context)
                } else {
                    cache.put(operation.key, try #require(operation.value))
                }
                #expect(cache.entries.map { [$0.key, $0.value] } == expected.entries, context)
                #expect(cache.count == expected.entries.count, context)
                #expect(cache.hits == expected.hits && cache.misses == expected.misses, context)
                #expect(cache.evictions == expected.evictions, context)
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 2500)
    }

    @Test("Get-or-put traces give lru_cache's hits, misses and size, and the recipe's evictions and order")
    func tracesMatchLRUCacheCounters() throws {
        let traces = try LRUVector.load("lru_traces", as: LRUVector.Trace.self)
        #expect(traces.count >= 100)
        for trace in traces {
            var cache = LRUCache<Int, Int>(capacity: trace.capacity)
            var evicted: [Int] = []
            cache.observer = { event in
                if case .evict(let key, _) = event { evicted.append(key) }
            }
            for key in trace.keys where cache.get(key) == nil {
                cache.put(key, key * 10)
            }
            let context: Comment = "seed \(trace.seed), capacity \(trace.capacity)"
            #expect(cache.hits == trace.hits && cache.misses == trace.misses, context)
            #expect(cache.count == trace.currsize, context)
            #expect(evicted == trace.evicted && cache.evictions == trace.evicted.count, context)
            #expect(cache.entries.map(\.key) == trace.order, context)
        }
    }

    @Test("The vectors exercise capacity 0, updates of present keys and many evictions")
    func vectorsCoverTheInterestingCases() throws {
        let scripts = try LRUVector.load("lru_vectors", as: LRUVector.Script.self)
        #expect(scripts.contains { $0.capacity == 0 && $0.ops.contains { $0.name == "put" } })
        #expect(scripts.contains { ($0.after.last?.evictions ?? 0) >= 10 })
        var updates = 0
        for script in scripts {
            var present: [[Int]] = []
            for (operation, after) in zip(script.ops, script.after) {
                if operation.name == "put" && present.contains(where: { $0[0] == operation.key }) { updates += 1 }
                present = after.entries
            }
        }
        #expect(updates >= 100)
    }
}
