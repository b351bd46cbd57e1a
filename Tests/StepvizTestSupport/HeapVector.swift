import Foundation
import StepvizCore
import StepvizEvents
import Testing

/// One case of the CPython heapq vectors (Vectors/generate_heap_vectors.py):
/// a sequence of operations on a list that starts empty, with what heapq
/// returned, raised, compared and left after each one.
package struct HeapVector: Decodable, Sendable {
    package struct Step: Decodable, Sendable {
        /// "push", "pop", "pushpop", "replace" or "heapify".
        package var op: String
        /// The element of push, pushpop and replace.
        package var arg: Int?
        /// The elements of heapify.
        package var args: [Int]?
        /// What heapq returned (pop, pushpop, replace).
        package var result: Int?
        /// The message of the IndexError heapq raised.
        package var error: String?
        /// The list after the operation, in array order.
        package var items: [Int]
        /// How many times heapq called `<` during the operation.
        package var lt: Int

        /// The same operation as the session and `--ops` know it.
        package var operation: HeapOperation {
            switch op {
            case "push": .push(.int(Int64(arg!)))
            case "pop": .pop
            case "pushpop": .pushPop(.int(Int64(arg!)))
            case "replace": .replace(.int(Int64(arg!)))
            default: .heapify(args!.map { .int(Int64($0)) })
            }
        }
    }

    package var seed: Int
    package var range: [Int]
    package var steps: [Step]

    /// Names the case in failure messages.
    package var name: String { "seed \(seed), values \(range[0])...\(range[1])" }

    private struct File: Decodable {
        package var cases: [HeapVector]
    }

    /// The vector files, by name.
    package static let fileNames = ["heap_duplicates", "heap_wide"]

    /// Every case of one vector file, from the test bundle's `Vectors` folder.
    package static func load(_ name: String) throws -> [HeapVector] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors"),
            "missing vector file \(name).json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }
}

extension HeapVector.Step {
    /// What the heap gave back: a returned element, nothing (push,
    /// heapify), or a failure (pop and replace on an empty heap).
    package enum Outcome: Equatable {
        case returned(Int)
        case none
        case failed
    }

    /// The outcome heapq recorded for this step.
    package var expectedOutcome: Outcome {
        if error != nil { return .failed }
        if let result { return .returned(result) }
        return .none
    }

    /// Runs this step's operation on `heap` and reports its outcome.
    package func apply(to heap: inout BinaryHeap<Int>) -> Outcome {
        switch op {
        case "push":
            heap.push(arg!)
            return .none
        case "pop":
            return heap.popMin().map(Outcome.returned) ?? .failed
        case "pushpop":
            return .returned(heap.pushPop(arg!))
        case "replace":
            return heap.replaceMin(with: arg!).map(Outcome.returned) ?? .failed
        case "heapify":
            heap.heapify(args!)
            return .none
        default:
            Issue.record("unknown vector operation \(op)")
            return .none
        }
    }
}
