import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// HeapSession runs the CPython vectors and must report, in its framed
/// steps, what heapq returned, raised and left after every operation.
@Suite("HeapSession against CPython heapq vectors")
struct HeapSessionVectorTests {
    @Test("state items, results, errors and comparisons match heapq", arguments: HeapVector.fileNames)
    func sessionStepsMatchHeapq(file: String) throws {
        let vectors = try HeapVector.load(file)
        #expect(vectors.count >= 50)
        for vector in vectors {
            let session = HeapSession()
            for (index, step) in vector.steps.enumerated() {
                let context: Comment = "\(vector.name), step \(index): \(step.operation)"
                let firstNew = session.steps.count
                session.apply(step.operation)
                let events = session.steps[firstNew...].map(\.event)
                #expect(session.steps[firstNew...].allSatisfy { $0.op == index }, context)
                #expect(events.first == .begin(step.operation), context)
                #expect(events.last == .state(step.items.map { .int(Int64($0)) }), context)
                #expect(session.heap.unordered == step.items.map { .int(Int64($0)) }, context)

                let results = events.compactMap { if case .result(let value) = $0 { value } else { nil } }
                #expect(results == (step.result.map { [.int(Int64($0))] } ?? []), context)
                let errors = events.compactMap { if case .error(let error) = $0 { error.message } else { nil } }
                #expect(errors == (step.error.map { [$0] } ?? []), context)

                let comparisons = events.filter { if case .heap(.compare) = $0 { true } else { false } }
                #expect(comparisons.count == step.lt, context)
            }
            #expect(Array(session.operations) == vector.steps.map(\.operation))
        }
    }
}
