import Foundation
import StepvizCore
import Testing

/// One case of the CPython deque vectors (Vectors/generate_deque_lru_vectors.py):
/// a script of operations on a `collections.deque` (maybe bounded), with
/// what CPython returned or raised and the items it held after each one.
package struct DequeVector: Decodable, Sendable {
    /// An operation: its Python name and integer arguments.
    package struct Operation: Decodable, Sendable, CustomStringConvertible {
        package var name: String
        package var arguments: [Int]

        package init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            name = try container.decode(String.self)
            arguments = []
            while !container.isAtEnd { arguments.append(try container.decode(Int.self)) }
        }

        package var description: String { ([name] + arguments.map(String.init)).joined(separator: " ") }
    }

    package struct After: Decodable, Sendable {
        package var items: [Int]
        package var result: Int?
        package var error: String?
    }

    package var seed: Int
    package var maxlen: Int?
    package var ops: [Operation]
    package var after: [After]

    private struct File: Decodable {
        package var cases: [DequeVector]
    }

    /// Every case, from the test bundle's `Vectors` folder.
    package static func load() throws -> [DequeVector] {
        let url = try #require(
            Bundle.module.url(forResource: "deque_vectors", withExtension: "json", subdirectory: "Vectors"),
            "missing vector file deque_vectors.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }
}

/// What a deque operation gave back, in Python's terms.
package enum DequeOutcome: Equatable, CustomStringConvertible {
    case none
    case returned(Int)
    case raised(String)

    package init(result: Int?, error: String?) {
        if let error { self = .raised(error) } else if let result { self = .returned(result) } else { self = .none }
    }

    package var description: String {
        switch self {
        case .none: "None"
        case .returned(let value): "returned \(value)"
        case .raised(let message): "raised \(message)"
        }
    }
}

extension DequeVector.Operation {
    /// Runs this operation on `deque` the way the Python script ran it on
    /// `collections.deque`, mapping nil results to Python's IndexErrors.
    package func apply(to deque: inout BlockDeque<Int>) -> DequeOutcome {
        switch name {
        case "append": deque.append(arguments[0])
        case "appendleft": deque.appendLeft(arguments[0])
        case "extend": deque.extend(arguments)
        case "extendleft": deque.extendLeft(arguments)
        case "pop": return deque.pop().map(DequeOutcome.returned) ?? .raised("pop from an empty deque")
        case "popleft": return deque.popLeft().map(DequeOutcome.returned) ?? .raised("pop from an empty deque")
        case "rotate": deque.rotate(arguments[0])
        case "index": return deque.element(at: arguments[0]).map(DequeOutcome.returned) ?? .raised("deque index out of range")
        case "clear": deque.clear()
        default: Issue.record("unknown vector operation \(name)")
        }
        return .none
    }
}
