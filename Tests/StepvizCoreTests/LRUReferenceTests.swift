import StepvizCore
import StepvizTestSupport
import Testing

/// The LRU facts in REFERENCE.md (checked there against CPython 3.11).
@Suite("LRUCache reference facts")
struct LRUReferenceTests {
    @Test("Trace [1,2,1,3,2,1], capacity 2: hits 1, misses 5, evictions 2, 1, 3, final order [2, 1]")
    func referenceTrace() {
        var cache = LRUCache<Int, Int>(capacity: 2)
        var evicted: [Int] = []
        cache.observer = { event in
            if case .evict(let key, _) = event { evicted.append(key) }
        }
        for key in [1, 2, 1, 3, 2, 1] where cache.get(key) == nil {
            cache.put(key, key)
        }
        #expect(cache.hits == 1)
        #expect(cache.misses == 5)
        #expect(evicted == [2, 1, 3])
        #expect(cache.evictions == 3)
        #expect(cache.entries.map(\.key) == [2, 1])
    }

    @Test("A miss is counted, not an error; a hit moves the key to the most recent end")
    func getSemantics() {
        var cache = LRUCache<String, Int>(capacity: 3)
        #expect(cache.get("a") == nil && cache.misses == 1)
        cache.put("a", 1)
        cache.put("b", 2)
        cache.put("c", 3)
        #expect(cache.get("a") == 1)
        #expect(cache.entries.map(\.key) == ["b", "c", "a"])
        cache.put("d", 4)
        #expect(cache.entries.map(\.key) == ["c", "a", "d"])
        #expect(cache.peek("c") == 3 && cache.entries.map(\.key) == ["c", "a", "d"] && cache.hits == 1)
    }

    @Test("put of a present key updates it and makes it the most recent, evicting nothing")
    func putUpdates() {
        var cache = LRUCache<Int, String>(capacity: 2)
        var events: [LRUEvent<Int, String>] = []
        cache.put(1, "one")
        cache.put(2, "two")
        cache.observer = { events.append($0) }
        cache.put(1, "uno")
        #expect(cache.entries.map(\.key) == [2, 1])
        #expect(cache.peek(1) == "uno")
        #expect(cache.evictions == 0)
        #expect(events == [.update(1, old: "one", new: "uno"), .moveToMostRecent(1)])
    }

    @Test("Events of a get-or-put: lookup, miss, insert, evict; then lookup, hit, move")
    func eventsInOrder() {
        var cache = LRUCache<Int, Int>(capacity: 1)
        var events: [LRUEvent<Int, Int>] = []
        cache.put(1, 10)
        cache.observer = { events.append($0) }
        #expect(cache.get(2) == nil)
        cache.put(2, 20)
        #expect(cache.get(2) == 20)
        #expect(
            events == [
                .lookup(2), .miss(2), .insert(2, 20), .evict(1, 10),
                .lookup(2), .hit(2, 20), .moveToMostRecent(2),
            ])
    }

    @Test("Capacity 0 keeps nothing: every put is inserted and evicted at once (lru_cache(maxsize=0) caches nothing)")
    func capacityZero() {
        var cache = LRUCache<Int, Int>(capacity: 0)
        for key in [1, 1, 2] {
            #expect(cache.get(key) == nil)
            cache.put(key, key)
        }
        #expect(cache.isEmpty && cache.misses == 3 && cache.hits == 0 && cache.evictions == 3)
    }
}
