import Foundation
import StepvizEvents
import Testing

/// One case of the CPython heapq vectors, read from the files the core
/// tests bundle (Tests/StepvizCoreTests/Vectors), so that the library and
/// the event stream are held to the same generated truth.
struct HeapVector: Decodable, Sendable {
    struct Step: Decodable, Sendable {
        var op: String
        var arg: Int?
        var args: [Int]?
        var result: Int?
        var error: String?
        var items: [Int]
        /// How many times heapq called `<` during the operation.
        var lt: Int

        /// The same operation as the session and `--ops` know it.
        var operation: HeapOperation {
            switch op {
            case "push": .push(arg!)
            case "pop": .pop
            case "pushpop": .pushPop(arg!)
            case "replace": .replace(arg!)
            default: .heapify(args!)
            }
        }
    }

    var seed: Int
    var range: [Int]
    var steps: [Step]

    /// Names the case in failure messages.
    var name: String { "seed \(seed), values \(range[0])...\(range[1])" }

    private struct File: Decodable {
        var cases: [HeapVector]
    }

    static let fileNames = ["heap_duplicates", "heap_wide"]

    /// Every case of one vector file. The files are resources of the core
    /// test target only, so they are read from the source tree.
    static func load(_ name: String) throws -> [HeapVector] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("StepvizCoreTests/Vectors/\(name).json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }
}
