import StepvizCore
import StepvizTestSupport
import Testing

/// `<` between PythonValues gives what CPython's `<` gave for the same pair,
/// both ways round: the result, or the TypeError naming the types in the
/// order `<` saw them (Vectors/generate_python_value_vectors.py).
@Suite("PythonValue ordering against CPython")
struct PythonValueOrderingTests {
    @Test("a < b and b < a: the same answer or the same TypeError line")
    func lessThanMatchesCPython() throws {
        let pairs = try PythonValueVectors.load().pairs
        #expect(pairs.count >= 500)
        for pair in pairs {
            let a = try PythonValue(literal: pair.a)
            let b = try PythonValue(literal: pair.b)
            #expect(PythonValue.lessText(a, b) == pair.lt, "\(pair.a) < \(pair.b)")
            #expect(PythonValue.lessText(b, a) == pair.gt, "\(pair.b) < \(pair.a)")
        }
    }

    @Test("ThrowingComparable.isLess is isLess(than:)")
    func throwingComparableAgrees() throws {
        for pair in try PythonValueVectors.load().pairs.prefix(200) {
            let a = try PythonValue(literal: pair.a)
            let b = try PythonValue(literal: pair.b)
            let viaProtocol: String
            do {
                viaProtocol = try PythonValue.isLess(a, b) ? "True" : "False"
            } catch {
                viaProtocol = "TypeError: " + error.message
            }
            #expect(viaProtocol == pair.lt, "\(pair.a) < \(pair.b)")
        }
    }

    @Test("The pairs reach the edges: 2**53 + 1, 2**63, -0.0, inf, é two ways, tuples decided early or not at all")
    func pairsCoverTheEdges() throws {
        let pairs = try PythonValueVectors.load().pairs
        func has(_ a: String, _ b: String) -> Bool { pairs.contains { $0.a.exact == a.exact && $0.b.exact == b.exact } }
        #expect(has("9007199254740993", "9007199254740992.0"))
        #expect(has("9223372036854775807", "9.223372036854776e+18"))
        #expect(has("0", "-0.0"))
        #expect(has("9223372036854775807", "1e999"))
        #expect(has("'\u{E9}'", "'e\u{301}'"))
        #expect(has("(1, 'b')", "(1, 2)") && has("(0, 'b')", "(1, 2)"))
        #expect(has("(1, 2)", "(1, 2, 3)"))
        #expect(pairs.contains { $0.lt.contains("'NoneType' and 'NoneType'") })
        #expect(pairs.contains { $0.a.hasPrefix("(") && $0.lt.contains("'str' and 'int'") })
        #expect(pairs.filter { $0.lt.hasPrefix("TypeError") }.count >= 100)
        #expect(pairs.filter { $0.lt == "True" }.count >= 100 && pairs.filter { $0.lt == "False" }.count >= 100)
    }
}
