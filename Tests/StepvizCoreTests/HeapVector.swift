import Foundation
import StepvizCore
import Testing

/// One case of the CPython heapq vectors (Vectors/generate_heap_vectors.py):
/// a sequence of operations on a list that starts empty, with what heapq
/// returned, raised, compared and left after each one.
struct HeapVector: Decodable, Sendable {
    struct Step: Decodable, Sendable {
        /// "push", "pop", "pushpop", "replace" or "heapify".
        var op: String
        /// The element of push, pushpop and replace.
        var arg: Int?
        /// The elements of heapify.
        var args: [Int]?
        /// What heapq returned (pop, pushpop, replace).
        var result: Int?
        /// The message of the IndexError heapq raised.
        var error: String?
        /// The list after the operation, in array order.
        var items: [Int]
        /// How many times heapq called `<` during the operation.
        var lt: Int
    }

    var seed: Int
    var range: [Int]
    var steps: [Step]

    /// Names the case in failure messages.
    var name: String { "seed \(seed), values \(range[0])...\(range[1])" }

    private struct File: Decodable {
        var cases: [HeapVector]
    }

    /// The vector files, by name.
    static let fileNames = ["heap_duplicates", "heap_wide"]

    /// Every case of one vector file, from the test bundle's `Vectors` folder.
    static func load(_ name: String) throws -> [HeapVector] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors"),
            "missing vector file \(name).json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }
}

extension HeapVector.Step {
    /// What the heap gave back: a returned element, nothing (push,
    /// heapify), or a failure (pop and replace on an empty heap).
    enum Outcome: Equatable {
        case returned(Int)
        case none
        case failed
    }

    /// The outcome heapq recorded for this step.
    var expectedOutcome: Outcome {
        if error != nil { return .failed }
        if let result { return .returned(result) }
        return .none
    }

    /// Runs this step's operation on `heap` and reports its outcome.
    func apply(to heap: inout BinaryHeap<Int>) -> Outcome {
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
