import StepvizCore
import StepvizTestSupport
import Testing

/// `repr` gives CPython 3.11's text, compared code point by code point
/// (Vectors/generate_python_value_vectors.py): floats at every layout
/// switch and random bit patterns, strings with each escape repr knows,
/// tuples of one and none.
@Suite("PythonValue repr against CPython")
struct PythonValueReprTests {
    @Test("repr of a value written another way is CPython's repr")
    func reprMatchesCPython() throws {
        let reprs = try PythonValueVectors.load().reprs
        #expect(reprs.count >= 600)
        for vector in reprs {
            let value = try PythonValue(literal: vector.literal)
            #expect(value.repr.exact == vector.repr.exact, "repr(\(vector.literal))")
            #expect(value.description.exact == vector.repr.exact, "str() in interpolation of \(vector.literal)")
        }
    }

    @Test("A repr reads back as the same value, sign of zero included")
    func reprReadsBack() throws {
        for vector in try PythonValueVectors.load().reprs {
            let value = try PythonValue(literal: vector.literal)
            // inf has no literal of its own: its repr "inf" is a name.
            guard !value.holdsInfinity else { continue }
            let again = try PythonValue(literal: vector.repr)
            #expect(again.repr.exact == vector.repr.exact, "\(vector.repr)")
            #expect(again == value, "\(vector.repr)")
        }
    }

    @Test("Every code point is printable or escaped as str.isprintable() says (Unicode 14.0 in CPython 3.11)")
    func printabilityMatchesEveryCodePoint() throws {
        let vectors = try PythonValueVectors.load()
        #expect(vectors.unicode == "14.0.0")
        var ranges = vectors.unprintable.makeIterator()
        var next = ranges.next()
        var wrong: [String] = []
        for code in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(code) else { continue }  // surrogates
            while let range = next, range[1] < code { next = ranges.next() }
            let expected = !(next.map { $0[0] <= code && code <= $0[1] } ?? false)
            if PythonValue._isPrintable(scalar) != expected { wrong.append(String(code, radix: 16)) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) code points disagree, first: \(wrong.prefix(20))")
    }

    @Test("The reprs reach the float layout switches and every kind of string escape")
    func reprsCoverTheCorners() throws {
        let reprs = Set(try PythonValueVectors.load().reprs.map(\.repr))
        for expected in [
            "0.1", "1e+16", "1e-05", "0.0001", "-0.0", "inf", "-inf", "1.2345678901234568e+17", "5e-324",
            "9999999999999998.0", "1000000000000000.0", "\"it's\"", "'say \"hi\"'", "'it\\'s \"both\"'", "'\\\\'",
            "'\\n'", "'\\t'", "'\\x00'", "'\\x7f'", "'\\u200b'", "'\u{1F600}'", "'\\U0001fae8'", "(1,)", "()", "((),)",
        ] {
            #expect(reprs.contains(expected), "\(expected)")
        }
    }
}

extension PythonValue {
    fileprivate var holdsInfinity: Bool {
        switch self {
        case .float(let value): value.isInfinite
        case .tuple(let items): items.contains { $0.holdsInfinity }
        default: false
        }
    }
}
