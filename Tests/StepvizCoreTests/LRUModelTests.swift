import StepvizCore
import StepvizTestSupport
import Testing

/// Seeded random get/put scripts on LRUCache, checked after every operation
/// against an array model of the OrderedDict recipe (debug builds also run
/// `_checkInvariants()` after every mutation).
@Suite("LRUCache against an array model")
struct LRUModelTests {
    struct Model {
        var entries: [(key: Int, value: Int)] = []
        let capacity: Int
        var hits = 0, misses = 0, evictions = 0

        mutating func get(_ key: Int) -> Int? {
            guard let index = entries.firstIndex(where: { $0.key == key }) else {
                misses += 1
                return nil
            }
            hits += 1
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.value
        }

        mutating func put(_ key: Int, _ value: Int) {
            if let index = entries.firstIndex(where: { $0.key == key }) { entries.remove(at: index) }
            entries.append((key, value))
            if entries.count > capacity {
                entries.removeFirst()
                evictions += 1
            }
        }
    }

    @Test("Random scripts agree with the model after every operation", arguments: [0, 1, 2, 3, 5, 8])
    func randomScriptsAgree(capacity: Int) {
        for seed in UInt64(0)..<100 {
            var random = SeededGenerator(seed: seed &* 7919 &+ UInt64(capacity))
            var cache = LRUCache<Int, Int>(capacity: capacity)
            var model = Model(capacity: capacity)
            let keys = Int.random(in: 2...(capacity + 6), using: &random)
            for step in 0..<150 {
                let key = Int.random(in: 1...keys, using: &random)
                let context: Comment = "seed \(seed), capacity \(capacity), step \(step)"
                if Bool.random(using: &random) {
                    #expect(cache.get(key) == model.get(key), context)
                } else {
                    let value = Int.random(in: -99...999, using: &random)
                    cache.put(key, value)
                    model.put(key, value)
                }
                #expect(cache.entries.map(\.key) == model.entries.map(\.key), context)
                #expect(cache.entries.map(\.value) == model.entries.map(\.value), context)
                #expect(cache.hits == model.hits && cache.misses == model.misses, context)
                #expect(cache.evictions == model.evictions, context)
            }
        }
    }

    @Test("Copies are independent values")
    func copiesAreIndependent() {
        var cache = LRUCache<Int, Int>(capacity: 2)
        cache.put(1, 10)
        var copy = cache
        copy.put(2, 20)
        copy.put(3, 30)
        #expect(cache.entries.map(\.key) == [1])
        #expect(copy.entries.map(\.key) == [2, 3])
        #expect(cache.get(1) == 10 && copy.get(1) == nil)
    }
}
