import StepvizCore
import StepvizTestSupport
import Testing

/// LRUCache<PythonValue, PythonValue> replays the scripts the OrderedDict
/// recipe ran in CPython over mixed keys (Vectors/generate_python_value_vectors.py):
/// `1`, `1.0` and `True` are one key, and the entry keeps the key object it
/// was first stored under, as a dict does.
@Suite("LRUCache<PythonValue, PythonValue> against CPython OrderedDict vectors")
struct LRUPythonValueVectorTests {
    @Test("Same hits, values, entries (least recent first, first key kept) and counters after every operation")
    func entriesMatchTheRecipe() throws {
        let scripts = try PythonValueVectors.load().lru
        #expect(scripts.count >= 40)
        var checkedSteps = 0
        for script in scripts {
            var cache = LRUCache<PythonValue, PythonValue>(capacity: try #require(script.capacity))
            for (index, step) in script.steps.enumerated() {
                let context: Comment = "seed \(script.seed) (capacity \(script.capacity ?? -1)), step \(index): \(step)"
                let key = try PythonValue(literal: try #require(step.key))
                if step.op == "get" {
                    #expect(cache.get(key)?.repr.exact == step.result?.exact, context)
                } else {
                    cache.put(key, try PythonValue(literal: try #require(step.value)))
                }
                let items = cache.entries.map { PythonValue.tuple([$0.key, $0.value]) }
                #expect(items.listRepr.exact == step.items?.exact, context)
                #expect(cache.hits == step.hits && cache.misses == step.misses, context)
                #expect(cache.evictions == step.evictions, context)
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 800)
    }

    @Test("The scripts update keys under an equal key of another type, and store None as a value")
    func scriptsCoverTheKeyPuns() throws {
        var puns = 0
        var noneHits = 0
        for script in try PythonValueVectors.load().lru {
            // The cache only says which keys are present; the test above holds it to CPython.
            var cache = LRUCache<PythonValue, PythonValue>(capacity: script.capacity!)
            for step in script.steps {
                let key = try PythonValue(literal: step.key!)
                if step.op == "get" {
                    if step.result == "None" { noneHits += 1 }
                    _ = cache.get(key)
                    continue
                }
                if let stored = cache.entries.first(where: { $0.key == key })?.key, stored.repr != key.repr { puns += 1 }
                cache.put(key, try PythonValue(literal: step.value!))
            }
        }
        #expect(puns >= 20)
        #expect(noneHits >= 3)
    }
}
