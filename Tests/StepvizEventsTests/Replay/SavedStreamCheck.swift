import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// What the replay tests share: a stream written as `stepviz events`
/// writes it, read back and compared with the source that wrote it, and
/// edits of a good stream's lines (with `seq` renumbered, so an edit tests
/// what it means to and not a broken count).
enum SavedStreamCheck {
    /// Writes `panel`'s run for `options` through the catalog, reads it
    /// back, and checks the decoded setup, steps and labels equal
    /// `expected`'s, and that encoding them again gives the same bytes.
    static func roundTrip<Source: StepSource>(
        panel: String, _ options: EventRunOptions, expected: Source, _ context: Comment
    ) throws where Source.Event: StepEventDecodable & Equatable, Source.Event.Setup == Source.Setup {
        let bytes = Array(try EventStreamCapture.bytes(panel: panel, options))
        let stream = try SavedStream.read(bytes)
        #expect(stream.panel == panel, context)
        let source = try stream.source(as: Source.Event.self)
        #expect(source.setup == expected.setup, context)
        #expect(source.steps == expected.steps, context)
        #expect(source.operationLabels == expected.operationLabels, context)
        #expect(stream.seed == options.seed, context)
        #expect(encode(panel: panel, seed: stream.seed, source) == bytes, "decoding is the exact inverse of encoding; \(context)")
    }

    /// The stream `source` would write.
    static func encode<Source: StepSource>(panel: String, seed: UInt64?, _ source: Source) -> [UInt8] {
        var bytes = Array(EventStreamHeader.line(panel: panel, seed: seed, setup: source.setup).utf8) + [0x0A]
        for step in source.steps {
            step.encodeJSON(into: &bytes)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The lines of `panel`'s run (the header first), without newlines.
    static func lines(panel: String, _ options: EventRunOptions) throws -> [String] {
        let text = String(decoding: try EventStreamCapture.bytes(panel: panel, options), as: UTF8.self)
        return text.split(separator: "\n").map(String.init)
    }

    /// `lines` joined as a stream, every event's `seq` renumbered 0, 1, 2 ...
    /// unless `renumber` is false.
    static func stream(_ lines: [String], renumber: Bool = true) -> [UInt8] {
        var events = 0
        let numbered = lines.enumerated().map { index, line -> String in
            guard renumber, index > 0, let match = line.firstMatch(of: /"seq":-?\d+/) else { return line }
            defer { events += 1 }
            return line.replacingCharacters(in: match.range, with: "\"seq\":\(events)")
        }
        return Array((numbered.joined(separator: "\n") + "\n").utf8)
    }

    /// The 1-based line number of the first line containing `text`.
    static func number(of text: String, in lines: [String]) throws -> Int {
        try #require(lines.firstIndex { $0.contains(text) }, "no line contains \(text)") + 1
    }

    /// The error reading `bytes` as `replay` does (the catalog's panels
    /// accepted), then decoding it as `Event`, gives, or nil.
    static func error<Event: StepEventDecodable>(_ bytes: [UInt8], as: Event.Type) -> StreamReadError? {
        do {
            _ = try SavedStream.read(bytes, panels: PanelCatalog.standard.names).source(as: Event.self)
            return nil
        } catch {
            return error
        }
    }
}
