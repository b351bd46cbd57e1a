import StepvizCore
import StepvizTestSupport
import Testing

/// `PythonValue(literal:)` reads what `ast.literal_eval` reads, within
/// stepviz's grammar, and refuses the rest with a one-line error naming the
/// problem (Vectors/generate_python_value_vectors.py).
@Suite("PythonValue literals against CPython's ast.literal_eval")
struct PythonValueLiteralTests {
    @Test("Texts CPython reads give the value it read (compared by repr)")
    func goodLiteralsMatch() throws {
        let good = try PythonValueVectors.load().literals.good
        #expect(good.count >= 75)
        for vector in good {
            let context: Comment = "literal \(vector.text.debugDescription)"
            do {
                #expect(try PythonValue(literal: vector.text).repr.exact == vector.repr.exact, context)
                #expect(try PythonValue.literals(in: vector.text).map(\.repr) == [vector.repr], context)
            } catch {
                Issue.record(error, context)
            }
        }
    }

    @Test("Texts outside the grammar are refused with the problem named")
    func badLiteralsAreRefused() throws {
        let bad = try PythonValueVectors.load().literals.bad
        #expect(bad.count >= 40)
        for vector in bad {
            let context: Comment = "literal \(vector.text.debugDescription) (CPython: \(vector.python))"
            do {
                let value = try PythonValue(literal: vector.text)
                Issue.record("\(vector.text.debugDescription) read as \(value)")
            } catch {
                #expect(error.problem == vector.problem, context)
                #expect(error.description == error.problem + ": " + error.text, context)
                #expect(!error.description.contains("\n") || vector.text.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, context)
            }
        }
    }

    @Test("Whitespace-separated literals read as one value each")
    func sequencesMatch() throws {
        for vector in try PythonValueVectors.load().literals.sequences {
            let values = try PythonValue.literals(in: vector.text)
            #expect(values.map { $0.repr.exact } == vector.reprs.map(\.exact), "\(vector.text.debugDescription)")
        }
    }

    @Test("The refusals name Python's own reasons: out of 64 bits, unknown escapes, lists, stray brackets")
    func badLiteralsCoverTheReasons() throws {
        let bad = try PythonValueVectors.load().literals.bad
        let problems = Set(bad.map(\.problem))
        for problem in [
            "unterminated string", "unmatched ')'", "unclosed '('", "integer out of the 64-bit range",
            "unknown escape \\q in string", "not a value", "a lone surrogate cannot be held in a string",
        ] {
            #expect(problems.contains(problem), "\(problem)")
        }
        #expect(bad.contains { $0.text == "9223372036854775808" && $0.python == "9223372036854775808 (int)" })
        #expect(bad.contains { $0.text == "'\\q'" && $0.python.contains("DeprecationWarning") })
    }
}
