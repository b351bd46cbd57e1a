import StepvizCore
import StepvizTestSupport
import Testing

/// `==` and hashing between PythonValues are those of Python's dict keys:
/// equal exactly when CPython said `a == b`, one set element exactly when
/// `len({a, b}) == 1`, and equal values hash alike
/// (Vectors/generate_python_value_vectors.py).
@Suite("PythonValue equality and hashing against CPython")
struct PythonValueEqualityTests {
    @Test("a == b as in CPython, and equal values hash alike")
    func equalityAndHashesMatch() throws {
        let pairs = try PythonValueVectors.load().pairs
        for pair in pairs {
            let a = try PythonValue(literal: pair.a)
            let b = try PythonValue(literal: pair.b)
            let context: Comment = "\(pair.a) == \(pair.b)"
            #expect((a == b) == pair.eq, context)
            #expect((b == a) == pair.eq, context)
            #expect(a == a && b == b, context)
            if pair.eq { #expect(a.hashValue == b.hashValue, context) }
        }
        #expect(pairs.filter(\.eq).count >= 50)
    }

    @Test("len({a, b}) and a dict with both as keys: one key exactly when CPython had one")
    func setsAndDictionariesAgree() throws {
        for pair in try PythonValueVectors.load().pairs {
            let a = try PythonValue(literal: pair.a)
            let b = try PythonValue(literal: pair.b)
            let context: Comment = "{\(pair.a), \(pair.b)}"
            #expect(Set([a, b]).count == pair.distinct, context)
            var keys: [PythonValue: Int] = [:]
            keys[a] = 1
            keys[b] = 2
            #expect(keys.count == pair.distinct, context)
            if pair.distinct == 1 { #expect(keys[a] == 2, context) }
        }
    }

    @Test("The pairs hold equal values of other types and look-alikes that are not equal")
    func pairsCoverTheKeys() throws {
        let pairs = try PythonValueVectors.load().pairs
        func equal(_ a: String, _ b: String) -> Bool? { pairs.first { $0.a.exact == a.exact && $0.b.exact == b.exact }?.eq }
        #expect(equal("1", "1.0") == true && equal("1", "True") == true && equal("0", "-0.0") == true)
        #expect(equal("((1,),)", "((1.0,),)") == true)
        #expect(equal("9007199254740993", "9007199254740992.0") == false)
        #expect(equal("'\u{E9}'", "'e\u{301}'") == false)
        #expect(equal("(1,)", "1") == false && equal("'1'", "1") == false)
    }
}
