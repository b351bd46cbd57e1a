import Foundation
import Testing

/// The CPython LRU vectors (Vectors/generate_deque_lru_vectors.py).
package enum LRUVector {
    /// A put/get script on the OrderedDict recipe, with the entries (least
    /// recent first) and counters after every operation.
    package struct Script: Decodable, Sendable {
        package struct Operation: Decodable, Sendable, CustomStringConvertible {
            package var name: String
            package var key: Int
            package var value: Int?

            package init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                name = try container.decode(String.self)
                key = try container.decode(Int.self)
                value = container.isAtEnd ? nil : try container.decode(Int.self)
            }

            package var description: String { [name, "\(key)", value.map(String.init) ?? ""].joined(separator: " ") }
        }

        package struct After: Decodable, Sendable {
            package var result: Int?
            package var entries: [[Int]]
            package var hits: Int
            package var misses: Int
            package var evictions: Int
        }

        package var seed: Int
        package var capacity: Int
        package var ops: [Operation]
        package var after: [After]
    }

    /// A get-or-put trace, with functools.lru_cache's counters (the script
    /// asserts the recipe agrees) and the recipe's evictions and final order.
    package struct Trace: Decodable, Sendable {
        package var seed: Int
        package var capacity: Int
        package var keys: [Int]
        package var hits: Int
        package var misses: Int
        package var currsize: Int
        package var evicted: [Int]
        package var order: [Int]
    }

    private struct File<Case: Decodable>: Decodable {
        package var cases: [Case]
    }

    package static func load<Case: Decodable>(_ name: String, as: Case.Type) throws -> [Case] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors"),
            "missing vector file \(name).json")
        return try JSONDecoder().decode(File<Case>.self, from: Data(contentsOf: url)).cases
    }
}
