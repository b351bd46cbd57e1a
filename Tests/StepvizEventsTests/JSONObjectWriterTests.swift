import Foundation
import StepvizCore
import StepvizEvents
import StepvizTestSupport
import Testing

/// The hand-formatting JSON writer behind every event line: whatever it
/// writes must be JSON that standard parsers read back unchanged.
@Suite("JSONObjectWriter")
struct JSONObjectWriterTests {
    static func object(_ build: (inout JSONObjectWriter) -> Void) -> String {
        var object = JSONObjectWriter()
        build(&object)
        return String(decoding: object.finish(), as: UTF8.self)
    }

    /// The string a one-field object holds after JSONSerialization parses it.
    static func roundTrip(_ value: String) throws -> String? {
        var object = JSONObjectWriter()
        object.field("s", value)
        let parsed = try JSONSerialization.jsonObject(with: Data(object.finish())) as? [String: Any]
        return parsed?["s"] as? String
    }

    /// The same through JSONDecoder.
    static func decoderRoundTrip(_ value: String) throws -> String {
        struct Object: Decodable { var s: String }
        var object = JSONObjectWriter()
        object.field("s", value)
        return try JSONDecoder().decode(Object.self, from: Data(object.finish())).s
    }

    static let awkwardStrings: [String] = [
        "", "plain", "quote \" inside", "back\\slash", "\\\"", "trailing backslash \\",
        "new\nline", "tab\tand\rreturn", "\u{0}nul", "\u{1F}unit separator", "\u{7F}delete",
        "é", "e\u{301}", "漢字", "🎉 party", "\u{2028}line separator\u{2029}", "zero width\u{FEFF}no-break",
        "/slash/", "{\"looks\":\"like json\"}",
        String((0..<0x20).map { Character(Unicode.Scalar($0)!) }),
    ]

    @Test("Awkward strings survive a round trip through JSONSerialization", arguments: awkwardStrings)
    func escapingRoundTrips(value: String) throws {
        #expect(try Self.roundTrip(value) == value)
        #expect(try Self.decoderRoundTrip(value) == value)
    }

    @Test("A string that starts with U+FEFF round-trips through JSONDecoder")
    func leadingByteOrderMark() throws {
        // Written as its raw UTF-8 bytes, which is valid JSON (python3's
        // json keeps it); JSONSerialization on Linux drops it at the start
        // of a string, so only JSONDecoder is asked here.
        #expect(try Self.decoderRoundTrip("\u{FEFF}bom") == "\u{FEFF}bom")
        #expect(Self.object { $0.field("s", "\u{FEFF}") } == "{\"s\":\"\u{FEFF}\"}")
    }

    @Test("Seeded random strings from an awkward alphabet round-trip")
    func randomStringsRoundTrip() throws {
        let alphabet: [Character] = [
            "a", "\"", "\\", "\n", "\t", "\r", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}",
            "é", "漢", "🎉", "\u{301}", " ", "/", "u", "0",
        ]
        for seed in UInt64(0)..<500 {
            var random = SeededGenerator(seed: seed)
            let value = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(try Self.roundTrip(value) == value, "seed \(seed)")
            #expect(try Self.decoderRoundTrip(value) == value, "seed \(seed)")
        }
    }

    @Test("Escapes, byte for byte")
    func escapeBytes() {
        #expect(
            Self.object { $0.field("s", "a\"b\\c\nd\te\rf\u{1}g\u{7F}h/é") }
                == #"{"s":"a\"b\\c\nd\te\rf\u0001g\u007fh/é"}"#)
    }

    @Test("Int.min, Int.max and seeded integers are formatted as Swift prints them")
    func integerFormatting() {
        func formatted(_ value: Int) -> String {
            var bytes: [UInt8] = []
            JSONObjectWriter.appendInt(value, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(formatted(Int.min) == "-9223372036854775808")
        #expect(formatted(Int.max) == "9223372036854775807")
        #expect(formatted(0) == "0")
        #expect(formatted(-1) == "-1")
        var power = 1
        for _ in 0..<18 {
            for value in [power - 1, power, power + 1, -power, -power - 1] {
                #expect(formatted(value) == String(value))
            }
            power *= 10
        }
        var random = SeededGenerator(seed: 5)
        for _ in 0..<10_000 {
            let value = Int(bitPattern: UInt(random.next()))
            #expect(formatted(value) == String(value))
        }
    }

    @Test("Extreme integers parse back exactly")
    func extremeIntegersParseBack() throws {
        let text = Self.object { $0.field("items", [Int.min, -1, 0, Int.max]) }
        #expect(text == #"{"items":[-9223372036854775808,-1,0,9223372036854775807]}"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["items"] as? [Int] == [Int.min, -1, 0, Int.max])
    }

    @Test("Every field kind, in the order written")
    func fieldKinds() throws {
        let text = Self.object {
            $0.field("int", 42)
            $0.field("none", nil as Int?)
            $0.field("some", 7 as Int?)
            $0.field("yes", true)
            $0.field("no", false)
            $0.field("ints", [1, -2])
            $0.field("empty", [Int]())
            $0.field("strings", ["x", "y\""])
            $0.rawField("raw", Array(#"{"nested":[1]}"#.utf8))
        }
        #expect(
            text
                == #"{"int":42,"none":null,"some":7,"yes":true,"no":false,"ints":[1,-2],"empty":[],"strings":["x","y\""],"raw":{"nested":[1]}}"#
        )
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        #expect(Self.object { _ in } == "{}")
    }

    @Test("An object started after existing bytes keeps them")
    func appendsAfterExistingBytes() {
        var object = JSONObjectWriter(bytes: Array("prefix\n".utf8))
        object.field("a", 1)
        #expect(String(decoding: object.finish(), as: UTF8.self) == "prefix\n{\"a\":1}")
    }

    @Test("A step's line: seq, op, type, then the event's fields")
    func stepLine() {
        let compare = Step(seq: 3, op: 1, event: HeapStepEvent.heap(.compare(.held, 5, .slot(2), 7, isLess: true)))
        #expect(compare.jsonLine == #"{"seq":3,"op":1,"type":"compare","lhs_slot":null,"lhs":5,"rhs_slot":2,"rhs":7,"less":true}"#)
        let begin = Step(seq: 0, op: 0, event: HeapStepEvent.begin(.heapify([3, -1])))
        #expect(begin.jsonLine == #"{"seq":0,"op":0,"type":"begin","operation":"heapify 3 -1"}"#)
        let state = Step(seq: 9, op: 2, event: HeapStepEvent.state([]))
        #expect(state.jsonLine == #"{"seq":9,"op":2,"type":"state","items":[],"repr":"[]"}"#)
    }
}
