import StepvizCore
import StepvizTestSupport
import Testing

/// BinaryHeap replays the operations CPython's heapq ran
/// (Vectors/generate_heap_vectors.py) and must agree after every one.
@Suite("BinaryHeap against CPython heapq vectors")
struct HeapCPythonVectorTests {
    @Test("Same arrays, results and errors as heapq after every operation", arguments: HeapVector.fileNames)
    func arraysAndResultsMatchHeapq(file: String) throws {
        let vectors = try HeapVector.load(file)
        #expect(vectors.count >= 50)
        var checkedSteps = 0
        for vector in vectors {
            var heap = BinaryHeap<Int>()
            for (index, step) in vector.steps.enumerated() {
                let outcome = step.apply(to: &heap)
                let context: Comment = "\(vector.name), step \(index): \(step.op)"
                #expect(outcome == step.expectedOutcome, context)
                #expect(heap.unordered == step.items, context)
                #expect(heap.count == step.items.count, context)
                #expect(heap.min == step.items.first, context)
                if step.error != nil { #expect(step.error == "index out of range", context) }
                checkedSteps += 1
            }
        }
        #expect(checkedSteps >= 1000)
    }

    @Test("The observer reports exactly as many comparisons as heapq made", arguments: HeapVector.fileNames)
    func comparisonCountsMatchHeapq(file: String) throws {
        for vector in try HeapVector.load(file) {
            var heap = BinaryHeap<Int>()
            var comparisons = 0
            heap.observer = { event in
                if case .compare = event { comparisons += 1 }
            }
            for (index, step) in vector.steps.enumerated() {
                comparisons = 0
                _ = step.apply(to: &heap)
                #expect(comparisons == step.lt, "\(vector.name), step \(index): \(step.op)")
            }
        }
    }

    @Test("The vectors exercise duplicates, failures and large heaps")
    func vectorsCoverTheInterestingCases() throws {
        let steps = try HeapVector.fileNames.flatMap { try HeapVector.load($0) }.flatMap(\.steps)
        let withDuplicates = steps.filter { Set($0.items).count < $0.items.count }
        #expect(withDuplicates.count >= 1000)
        #expect(steps.contains { $0.op == "pop" && $0.error != nil })
        #expect(steps.contains { $0.op == "replace" && $0.error != nil })
        #expect(steps.contains { $0.op == "pushpop" && $0.items.isEmpty })
        #expect(steps.contains { $0.items.count >= 40 })
        #expect(steps.contains { $0.items.contains { $0 > Int(Int32.max) || $0 < Int(Int32.min) } })
    }
}
