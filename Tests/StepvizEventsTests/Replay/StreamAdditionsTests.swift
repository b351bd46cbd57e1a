import Foundation
import StepvizEvents
import Testing

/// Version 1 is additive-only: fields and event types a later version adds
/// are ignored by this reader, so an old stepviz plays a newer producer's
/// stream of the same version.
@Suite("Unknown fields and event types are ignored")
struct StreamAdditionsTests {
    static func lines(_ file: String) throws -> [String] {
        String(decoding: try StreamFixtureTests.fixture(file), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Adds `,"key":value` before the closing brace of every line.
    static func adding(_ field: String, to lines: [String]) -> [String] {
        lines.map { String($0.dropLast()) + "," + field + "}" }
    }

    @Test(
        "Extra fields on the header and every event, of every JSON kind, change nothing",
        arguments: [#""note":"x""#, #""weight":0.5"#, #""extra":{"nested":[1,true,null,-2e3,"\u00e9"]}"#, #""flag":false"#])
    func unknownFields(_ field: String) throws {
        let original = try SavedStream.read(try StreamFixtureTests.fixture("deque.jsonl")).source(as: DequeStepEvent.self)
        let extended = try SavedStream.read(SavedStreamCheck.stream(Self.adding(field, to: try Self.lines("deque.jsonl"))))
            .source(as: DequeStepEvent.self)
        #expect(extended.steps == original.steps)
        #expect(extended.setup == original.setup)
        #expect(extended.operationLabels == original.operationLabels)
    }

    @Test("Events of unknown types are skipped, though they take a seq")
    func unknownTypes() throws {
        let original = try SavedStream.read(try StreamFixtureTests.fixture("lru.jsonl")).source(as: LRUStepEvent.self)
        var lines = try Self.lines("lru.jsonl")
        // Inside op 0, and inside op 1 with fields of its own.
        lines.insert(#"{"seq":0,"op":0,"type":"sparkle"}"#, at: 2)
        lines.insert(#"{"seq":0,"op":1,"type":"hash_probe","bucket":3,"load":0.75}"#, at: 6)
        let source = try SavedStream.read(SavedStreamCheck.stream(lines)).source(as: LRUStepEvent.self)
        #expect(source.steps.map(\.event) == original.steps.map(\.event))
        #expect(source.steps.map(\.op) == original.steps.map(\.op))
        // The skipped lines took seq 1 and 5: the steps after them keep their line's seq.
        #expect(source.steps.prefix(6).map(\.seq) == [0, 2, 3, 4, 6, 7])
    }

    @Test("A last line without its newline, and CRLF line ends, are read")
    func lineEnds() throws {
        let bytes = try StreamFixtureTests.fixture("heap.jsonl")
        let original = try SavedStream.read(bytes).source(as: HeapStepEvent.self)
        #expect(try SavedStream.read(Array(bytes.dropLast())).source(as: HeapStepEvent.self).steps == original.steps)
        let crlf = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try SavedStream.read(crlf).source(as: HeapStepEvent.self).steps == original.steps)
    }

    @Test("A header alone is an empty run")
    func headerOnly() throws {
        let source = try SavedStream.read(Array(#"{"schema":"stepviz-events","version":1,"panel":"lru","capacity":3}"#.utf8 + [0x0A]))
            .source(as: LRUStepEvent.self)
        #expect(source.steps.isEmpty)
        #expect(source.operationLabels.isEmpty)
        #expect(source.setup == LRUSetup(capacity: 3))
    }
}
