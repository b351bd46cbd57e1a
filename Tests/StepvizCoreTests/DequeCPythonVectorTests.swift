import StepvizCore
import StepvizTestSupport
import Testing

/// BlockDeque replays the scripts CPython's collections.deque ran
/// (Vectors/generate_deque_lru_vectors.py) and must agree after every
/// operation, whatever its block size: small blocks make every script cross
/// block boundaries many times.
@Suite("BlockDeque against CPython collections.deque vectors")
struct DequeCPythonVectorTests {
    @Test(
        "Same items, results and errors as collections.deque after every operation",
        arguments: [2, 3, 4, 5, 8, 64])
    func itemsResultsAndErrorsMatch(blockSize: Int) throws {
        let vectors = try DequeVector.load()
        #expect(vectors.count >= 100)
        var checkedSteps = 0
        for vector in vectors {
            var deque = BlockDeque<Int>(maxlen: vector.maxlen, blockSize: blockSize)
            for (index, (operation, expected)) in zip(vector.ops, vector.after).enumerated() {
                let outcome = operation.apply(to: &deque)
                let context: Comment =
                    "seed \(vector.seed) (maxlen \(vector.maxlen.map(String.init) ?? "None")), step \(index): \(operation)"
                #expect(outcome == DequeOutcome(result: expected.result, error: expected.error), context)
                #expect(Array(deque) == expected.items, context)
                #expect(deque.count == expected.items.count, context)
                #expect(deque.first == expected.items.first && deque.last == expected.items.last, context)
                #expect(deque.layout.items == expected.items, context)
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 4000)
    }

    @Test("Indexing every position agrees with CPython's items after every operation")
    func everyIndexAgrees() throws {
        for vector in try DequeVector.load().prefix(80) {
            var deque = BlockDeque<Int>(maxlen: vector.maxlen, blockSize: 3)
            for (operation, expected) in zip(vector.ops, vector.after) {
                _ = operation.apply(to: &deque)
                for (position, item) in expected.items.enumerated() {
                    #expect(deque[position] == item, "seed \(vector.seed): d[\(position)]")
                    #expect(
                        deque.element(at: position - expected.items.count) == item,
                        "seed \(vector.seed): d[\(position - expected.items.count)]")
                }
                #expect(deque.element(at: expected.items.count) == nil)
                #expect(deque.element(at: -expected.items.count - 1) == nil)
            }
        }
    }

    @Test("The vectors exercise bounds, both errors, big rotations and long deques")
    func vectorsCoverTheInterestingCases() throws {
        let vectors = try DequeVector.load()
        let steps = vectors.flatMap { zip($0.ops, $0.after).map { ($0, $1) } }
        #expect(vectors.contains { $0.maxlen == 0 })
        #expect(vectors.contains { ($0.maxlen ?? 0) >= 7 })
        #expect(vectors.contains { $0.maxlen == nil })
        #expect(steps.contains { $0.1.error == "pop from an empty deque" })
        #expect(steps.contains { $0.1.error == "deque index out of range" })
        #expect(steps.contains { $0.0.name == "rotate" && abs($0.0.arguments[0]) > 1000 && $0.1.items.count > 1 })
        #expect(steps.contains { $0.0.name == "rotate" && $0.0.arguments[0] < 0 && $0.1.items.count > 8 })
        #expect(steps.contains { $0.0.name == "extendleft" && $0.0.arguments.count > 8 })
        #expect(steps.contains { $0.1.items.count >= 60 })
    }
}
