import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// `--ops` and the `:` prompt: `;`-separated heap operations.
@Suite("OperationScript and HeapOperation parsing")
struct OperationScriptTests {
    static func parse(_ text: String) throws(OperationParseError) -> [HeapOperation] {
        try OperationScript.parse(text, as: HeapOperation.self)
    }

    @Test("Every form")
    func everyForm() throws {
        #expect(
            try Self.parse("push 3; pop; pushpop -4; replace 0; heapify 5 -3 9; heapify") == [
                .push(3), .pop, .pushPop(-4), .replace(0), .heapify([5, -3, 9]), .heapify([]),
            ])
        #expect(
            try Self.parse("push 9223372036854775807; push -9223372036854775808")
                == [.push(.int(.max)), .push(.int(.min))])
    }

    @Test(
        "Blank variants and empty pieces",
        arguments: [
            "push 3;pop", "push 3; pop;", "  push   3 ;  pop  ", "push\t3;\tpop", "push 3;\npop\n",
            ";push 3;;pop;;", "\tpush 3 ;pop ; ", "push 3;\r\npop\r\n", "push\u{A0}3; pop",
        ])
    func whitespaceVariants(text: String) throws {
        #expect(try Self.parse(text) == [.push(3), .pop])
    }

    @Test("Nothing to do", arguments: ["", ";", " ; ;", "\n"])
    func emptyScripts(text: String) throws {
        #expect(try Self.parse(text) == [])
    }

    @Test("Unknown operations are named, with the list of known ones", arguments: ["frob 3", "PUSH 3", "pushpop3", "heap 1"])
    func unknownOperation(text: String) {
        let word = text.split(separator: " ")[0]
        let error = #expect(throws: OperationParseError.self) { try Self.parse("pop; \(text); pop") }
        #expect(
            error?.message
                == "unknown operation '\(word)' (expected one of: push X, pop, pushpop X, replace X, heapify X Y ..., scene plain|requests)"
        )
    }

    @Test(
        "Text that is not a Python literal is named with its operation and what is wrong",
        arguments: [
            ("push x", "not a value in 'push x': x"),
            ("pushpop --1", "a sign must be followed by a number in 'pushpop --1': --1"),
            ("heapify 1 2 three 4", "not a value in 'heapify 1 2 three 4': three"),
            ("push 9223372036854775808", "integer out of the 64-bit range in 'push 9223372036854775808': 9223372036854775808"),
            ("heapify 1,2", "not a value in 'heapify 1,2': ,2"),
            // An unterminated string runs to the end, past the ';'.
            (#"push "abc"#, #"unterminated string in 'push "abc  ;pop': "abc  ;pop"#),
        ])
    func badLiteral(text: String, message: String) {
        let error = #expect(throws: OperationParseError.self) { try Self.parse("push 1;  \(text)  ;pop") }
        #expect(error?.message == message)
    }

    @Test("Python literals: floats, strings (a ';' inside one does not split), None, booleans and tuples")
    func pythonLiterals() throws {
        #expect(
            try Self.parse(#"push 3.5; replace 1e3; push 'a;b'; push (2, "write"); heapify None True (1,)"#) == [
                .push(.float(3.5)), .replace(.float(1000)), .push(.str("a;b")), .push(.tuple([.int(2), .str("write")])),
                .heapify([.none, .bool(true), .tuple([.int(1)])]),
            ])
        // The description is typed form: it parses back to the same operations.
        let operations = try Self.parse(#"push 'it\'s'; push 1e999; push (1,)"#)
        #expect(try Self.parse(operations.map(\.description).joined(separator: "; ")) == operations)
    }

    @Test(
        "Wrong argument counts are named with the usage",
        arguments: [
            ("push", "push X"), ("push 1 2", "push X"), ("pop 1", "pop"), ("pushpop", "pushpop X"),
            ("replace 1 2 3", "replace X"),
        ])
    func wrongArgumentCount(text: String, usage: String) {
        let error = #expect(throws: OperationParseError.self) { try Self.parse(text) }
        #expect(error?.message == "wrong number of arguments in '\(text)' (usage: \(usage))")
    }

    @Test("The first malformed piece is the one reported")
    func firstErrorWins() {
        let error = #expect(throws: OperationParseError.self) { try Self.parse("push a; push b") }
        #expect(error?.message == "not a value in 'push a': a")
    }

    @Test("An operation's description parses back to it")
    func descriptionRoundTrips() throws {
        for seed in UInt64(0)..<500 {
            var random = SeededGenerator(seed: seed)
            let operations = (0..<10).map { _ in
                HeapReplayTests.randomOperation(size: 5, maxValue: seed % 2 == 0 ? 9 : Int.max, using: &random)
            }
            #expect(try Self.parse(operations.map(\.description).joined(separator: "; ")) == operations)
            #expect(try Self.parse(operations.map(\.description).joined(separator: ";")) == operations)
        }
        #expect(HeapOperation.heapify([]).description == "heapify")
        #expect(HeapOperation.pushPop(-2).description == "pushpop -2")
    }
}
