import Foundation
import StepvizRender
import Testing

/// The asciicast backend as `watch --record` opens it: the size unknown
/// until the first frame, the terminal resized while it records.
@Suite struct AsciicastRecordingTests {
    static func events(at path: String) throws -> (header: [String: Any], events: [[Any]]) {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let events = try lines.dropFirst().map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any]) }
        return (header, events)
    }

    @Test("the header takes the first frame's size; a new size is a resize event, then a full paint")
    func headerAtFirstFrameAndResize() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-live-\(UUID().uuidString).cast").path
        defer { unlink(path) }
        var cast = try AsciicastRecording(path: path, title: "stepviz heap")
        #expect(FileManager.default.fileExists(atPath: path), "opened before any frame, so a bad path fails first")
        var small = Canvas(width: 10, height: 2)
        small.write("heap", x: 0, y: 0)
        try cast.draw(small, marks: ["op 1: push 3"], atMilliseconds: 40)
        #expect(cast.size == (10, 2))
        var large = Canvas(width: 12, height: 3)
        large.write("heap", x: 0, y: 0)
        try cast.draw(large, marks: [], atMilliseconds: 90)
        #expect(cast.size == (12, 3))
        try cast.finish(atMilliseconds: 500)

        let (header, events) = try Self.events(at: path)
        #expect(header["width"] as? Int == 10 && header["height"] as? Int == 2)
        #expect(header["title"] as? String == "stepviz heap")
        #expect(events.map { $0[1] as? String } == ["m", "o", "r", "o", "o"])
        #expect(events.map { $0[0] as? Double } == [0.04, 0.04, 0.09, 0.09, 0.5])
        #expect(events[2][2] as? String == "12x3")
        #expect((events[3][2] as? String)?.contains("\u{1B}[2J") == true, "the new size is painted whole")
        #expect(events[4][2] as? String == AnsiFrameEncoder.finish)
    }

    @Test("a recording that never got a frame is an empty file, closed")
    func noFrame() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-live-\(UUID().uuidString).cast").path
        defer { unlink(path) }
        var cast = try AsciicastRecording(path: path, title: "t")
        try cast.finish(atMilliseconds: 10)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    @Test("an unwritable path fails on opening, naming it")
    func unwritable() {
        let error = #expect(throws: RecordingError.self) {
            _ = try AsciicastRecording(path: "/nonexistent-dir/x.cast", title: "t")
        }
        #expect(error?.description == "cannot write '/nonexistent-dir/x.cast': No such file or directory")
    }
}
