import Foundation
import StepvizEvents
import Testing

/// Captures the JSON Lines a prepared `stepviz events` run writes to a real
/// file descriptor, and checks the stream contract (DESIGN.md): a header,
/// then `seq` 0, 1, 2 ..., `op` never decreasing and never skipping, and a
/// `state` as the last event of every operation. Used by every panel's
/// stream tests.
enum EventStreamCapture {
    static func bytes(panel: String, _ options: EventRunOptions, bufferSize: Int = 1 << 16) throws -> Data {
        let run = try EventStreams.prepare(panel: panel, options: options)
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stepviz-\(panel)-events-\(UUID().uuidString).jsonl")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        var writer = JSONLinesWriter(fileDescriptor: handle.fileDescriptor, bufferSize: bufferSize)
        run.write(to: &writer)
        try writer.flush()
        try handle.close()
        return try Data(contentsOf: url)
    }

    /// Every line parsed as a JSON object, the header first.
    static func lines(panel: String, _ options: EventRunOptions) throws -> [[String: Any]] {
        try lines(from: bytes(panel: panel, options))
    }

    /// Every line of `data` parsed as a JSON object; an empty line fails.
    static func lines(from data: Data) throws -> [[String: Any]] {
        #expect(data.last == UInt8(ascii: "\n"), "the last line is complete")
        return try data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .dropLast()
            .map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                             "not a JSON object: \(String(decoding: line, as: UTF8.self))")
            }
    }

    /// Checks the header and the framing; returns the number of operations.
    @discardableResult
    static func checkContract(_ lines: [[String: Any]], panel: String) throws -> Int {
        let header = try #require(lines.first)
        #expect(header["schema"] as? String == "stepviz-events")
        #expect(header["version"] as? Int == 1)
        #expect(header["panel"] as? String == panel)
        let events = lines.dropFirst()
        var previousOp = 0
        var previousType = ""
        for (index, event) in events.enumerated() {
            let seq = try #require(event["seq"] as? Int)
            let op = try #require(event["op"] as? Int)
            let type = try #require(event["type"] as? String)
            #expect(seq == index)
            if op != previousOp {
                #expect(op == previousOp + 1, "seq \(seq): op jumps from \(previousOp) to \(op)")
                #expect(previousType == "state", "seq \(seq): operation \(previousOp) did not end with state")
                #expect(type == "begin", "seq \(seq): operation \(op) does not start with begin")
            }
            #expect(!type.isEmpty && type == type.lowercased() && !type.contains(" "), "snake_case type: \(type)")
            previousOp = op
            previousType = type
        }
        #expect(previousType == "state", "the last operation ends with state")
        return events.isEmpty ? 0 : previousOp + 1
    }
}
