import Foundation
import Testing

/// The CPython LRU vectors (Vectors/generate_deque_lru_vectors.py).
enum LRUVector {
    /// A put/get script on the OrderedDict recipe, with the entries (least
    /// recent first) and counters after every operation.
    struct Script: Decodable, Sendable {
        struct Operation: Decodable, Sendable, CustomStringConvertible {
            var name: String
            var key: Int
            var value: Int?

            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                name = try container.decode(String.self)
                key = try container.decode(Int.self)
                value = container.isAtEnd ? nil : try container.decode(Int.self)
            }

            var description: String { [name, "\(key)", value.map(String.init) ?? ""].joined(separator: " ") }
        }

        struct After: Decodable, Sendable {
            var result: Int?
            var entries: [[Int]]
            var hits: Int
            var misses: Int
            var evictions: Int
        }

        var seed: Int
        var capacity: Int
        var ops: [Operation]
        var after: [After]
    }

    /// A get-or-put trace, with functools.lru_cache's counters (the script
    /// asserts the recipe agrees) and the recipe's evictions and final order.
    struct Trace: Decodable, Sendable {
        var seed: Int
        var capacity: Int
        var keys: [Int]
        var hits: Int
        var misses: Int
        var currsize: Int
        var evicted: [Int]
        var order: [Int]
    }

    private struct File<Case: Decodable>: Decodable {
        var cases: [Case]
    }

    static func load<Case: Decodable>(_ name: String, as: Case.Type) throws -> [Case] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors"),
            "missing vector file \(name).json")
        return try JSONDecoder().decode(File<Case>.self, from: Data(contentsOf: url)).cases
    }
}
