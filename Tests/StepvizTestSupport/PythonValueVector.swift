import Foundation
import StepvizCore
import Testing

/// The CPython vectors for ``PythonValue`` and the containers holding it
/// (Vectors/generate_python_value_vectors.py). Every value is stored as a
/// Python literal and rebuilt with `PythonValue(literal:)`, so every case
/// also runs the literal parser; what CPython gave is kept as text (a repr,
/// `True`/`False`, or the exact `TypeError: ...` / `IndexError: ...` line).
package struct PythonValueVectors: Decodable, Sendable {
    /// Two values: `a < b`, `b < a`, `a == b` and `len({a, b})`.
    package struct Pair: Decodable, Sendable {
        package var a: String
        package var b: String
        /// `a < b`: `True`, `False` or the TypeError line.
        package var lt: String
        /// `b < a`, the same way.
        package var gt: String
        package var eq: Bool
        /// `len({a, b})`: 1 when they are one set element (one dict key).
        package var distinct: Int
    }

    /// A value written as a literal other than its repr (floats as `%.17e`,
    /// strings with every non-ASCII character escaped), and `repr(value)`.
    package struct Repr: Decodable, Sendable {
        package var literal: String
        package var repr: String
    }

    package struct Literals: Decodable, Sendable {
        /// A text `ast.literal_eval` reads, and the repr of what it read.
        package struct Good: Decodable, Sendable {
            package var text: String
            package var repr: String
        }

        /// A text stepviz refuses: the problem its error names, and what
        /// CPython made of it (its error, or a value stepviz cannot hold).
        package struct Bad: Decodable, Sendable {
            package var text: String
            package var problem: String
            package var python: String
        }

        /// Whitespace-separated literals and the repr of each.
        package struct Sequence: Decodable, Sendable {
            package var text: String
            package var reprs: [String]
        }

        package var good: [Good]
        package var bad: [Bad]
        package var sequences: [Sequence]
    }

    /// One operation of a script, with what CPython returned or raised and
    /// the container's repr after it.
    package struct Step: Decodable, Sendable, CustomStringConvertible {
        package var op: String
        /// The operation's arguments (heap, deque).
        package var args: [String]?
        /// The LRU operation's key and value.
        package var key: String?
        package var value: String?
        /// The returned value's repr (nil for none, and for an LRU miss).
        package var result: String?
        /// The exception line, e.g. `IndexError: index out of range`.
        package var error: String?
        /// `repr(heap)` after the operation.
        package var heap: String?
        /// `repr(list(od.items()))` after the operation.
        package var items: String?
        package var hits: Int?
        package var misses: Int?
        package var evictions: Int?
        /// `repr(d)` after the operation.
        package var repr: String?

        /// The arguments, parsed.
        package func values() throws -> [PythonValue] {
            try (args ?? []).map { try PythonValue(literal: $0) }
        }

        /// Names the step in failure messages.
        package var description: String {
            ([op] + (args ?? []) + [key, value].compactMap { $0 }).joined(separator: " ")
        }
    }

    /// A script on one container, from empty.
    package struct Script: Decodable, Sendable {
        package var seed: Int
        /// What the heap's values are (`numbers`, `tasks`, ...).
        package var theme: String?
        /// The LRU's capacity.
        package var capacity: Int?
        /// The deque's bound (nil for none).
        package var maxlen: Int?
        package var steps: [Step]
    }

    package var python: String
    package var unicode: String
    package var pairs: [Pair]
    package var reprs: [Repr]
    /// The code points `str.isprintable()` refuses, as closed ranges.
    package var unprintable: [[UInt32]]
    package var literals: Literals
    package var heap: [Script]
    package var lru: [Script]
    package var deque: [Script]

    /// The vectors, from the test bundle's `Vectors` folder.
    package static func load() throws -> PythonValueVectors {
        let url = try #require(
            Bundle.module.url(forResource: "python_value_vectors", withExtension: "json", subdirectory: "Vectors"),
            "missing vector file python_value_vectors.json")
        return try JSONDecoder().decode(PythonValueVectors.self, from: Data(contentsOf: url))
    }
}

extension PythonValue {
    /// `lhs < rhs` as the vectors write Python's answer: `True`, `False`, or
    /// the TypeError line.
    package static func lessText(_ lhs: PythonValue, _ rhs: PythonValue) -> String {
        do {
            return try lhs.isLess(than: rhs) ? "True" : "False"
        } catch {
            return error.description
        }
    }
}

extension Sequence<PythonValue> {
    /// The repr of a Python list of these values: `[1, 'a']`.
    package var listRepr: String { "[" + map(\.repr).joined(separator: ", ") + "]" }
}

/// Text compared code point by code point, as Python compares `str`.
/// Swift's `==` on `String` is canonical equivalence, which would take a
/// repr with `'é'` precomposed for one with `'e\u{301}'` and let a wrong
/// repr pass.
package struct ExactText: Equatable, Sendable, CustomStringConvertible {
    package var text: String

    package init(_ text: String) { self.text = text }

    package static func == (lhs: ExactText, rhs: ExactText) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    /// The text, with its code points spelled out when it has non-ASCII ones.
    package var description: String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) else { return text }
        let points = text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        return text + " [" + points.joined(separator: " ") + "]"
    }
}

extension String {
    /// The text as Python compares it: ``ExactText``.
    package var exact: ExactText { ExactText(self) }
}
