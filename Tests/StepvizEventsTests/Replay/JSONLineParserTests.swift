import StepvizEvents
import Testing

/// The hand JSON parser: RFC 8259 values, booleans never numbers, exact
/// integers, and a message naming the column of what it cannot read.
@Suite("JSONLineParser reads one JSON object per line")
struct JSONLineParserTests {
    static func parse(_ text: String) throws(StreamLineError) -> JSONObject {
        try JSONLineParser.object(Array(text.utf8))
    }

    static func message(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("Every kind of value")
    func values() throws {
        let object = try Self.parse(
            #" { "a" : [1, -2, 0, true, false, null, "s", {"b": []}, 1.5, -0.25e2, 9223372036854775807, 9223372036854775808] } "#)
        #expect(
            object["a"]
                == .array([
                    .integer(1), .integer(-2), .integer(0), .bool(true), .bool(false), .null, .string("s"),
                    .object(JSONObject(fields: ["b": .array([])])), .number("1.5"), .number("-0.25e2"),
                    .integer(Int.max), .number("9223372036854775808"),
                ]))
        #expect(try Self.parse("{}") == JSONObject())
    }

    @Test("true and 1 stay apart, whatever the platform")
    func booleansAreNotNumbers() throws {
        let object = try Self.parse(#"{"t":true,"one":1,"zero":0,"f":false}"#)
        #expect(try object.bool("t") == true)
        #expect(try object.bool("f") == false)
        #expect(throws: StreamLineError("field 'one' must be true or false, not 1")) { try object.bool("one") }
        #expect(throws: StreamLineError("field 'zero' must be true or false, not 0")) { try object.bool("zero") }
        #expect(throws: StreamLineError("field 't' must be an integer, not true")) { try object.int("t") }
    }

    @Test("String escapes, surrogate pairs and UTF-8, as the writer escapes them")
    func strings() throws {
        let object = try Self.parse(#"{"s":"q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 é 😀 \u0001"}"#)
        #expect(try object.string("s") == "q\" b\\ s/ \u{08}\u{0C}\n\r\t é 😀 é 😀 \u{01}")
        var written = JSONObjectWriter()
        let awkward = "tab\there \"quoted\" back\\slash \u{7F} \u{1F} ünï 😀"
        written.field("s", awkward)
        #expect(try JSONLineParser.object(written.finish()).string("s") == awkward)
    }

    @Test("What is not JSON is named, with its column")
    func errors() {
        #expect(Self.message("") == "empty line, expected a JSON object")
        #expect(Self.message("   ") == "empty line, expected a JSON object")
        #expect(Self.message(#"{"a":01}"#) == "not JSON: unexpected '1' at column 7 (expected ',' or '}')")
        #expect(Self.message(#"{"a":1,}"#) == "not JSON: unexpected '}' at column 8 (expected a key)")
        #expect(Self.message(#"{"a":[1,]}"#) == "not JSON: unexpected ']' at column 9")
        #expect(Self.message(#"{"a":tru}"#) == "not JSON: unexpected 't' at column 6")
        #expect(Self.message(#"{"a":"x}"#) == "not JSON: the string at column 6 is not closed")
        #expect(
            Self.message("{\"a\":\"x\ty\"}") == "not JSON: unexpected byte 0x9 at column 8 in a string (control characters must be escaped)"
        )
        #expect(Self.message(#"{"a":"\x"}"#) == #"not JSON: unexpected 'x' at column 8 after '\'"#)
        #expect(Self.message(#"{"a":"\ud83d"}"#) == "not JSON: unpaired surrogate in the string at column 6")
        #expect(Self.message(#"{"a":1} {"b":2}"#) == "not JSON: unexpected '{' at column 9 after the value")
        #expect(Self.message(#"{"a":-}"#) == "not JSON: unexpected '}' at column 7")
        #expect(Self.message(#"{"a":1.}"#) == "not JSON: unexpected '}' at column 8")
        #expect(Self.message(#""text""#) == #"not a JSON object (a string ("text"))"#)
        #expect(Self.message(#"{"a":1,"a":2}"#) == "duplicate field 'a' at column 8")
        #expect(Self.message(String(repeating: "[", count: 100)) == "not JSON: nested deeper than 64 at column 65")
        #expect((try? JSONLineParser.object([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])) == nil, "invalid UTF-8 in a key")
    }
}
