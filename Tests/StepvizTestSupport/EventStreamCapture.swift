import Foundation
import StepvizEvents
import StepvizRender
import Testing

/// Captures the JSON Lines a prepared `stepviz events` run writes to a real
/// file descriptor, and checks the stream contract (DESIGN.md): a header,
/// then `seq` 0, 1, 2 ..., `op` never decreasing and never skipping, and a
/// `state` as the last event of every operation. Used by every panel's
/// stream tests.
package enum EventStreamCapture {
    package static func bytes(panel: String, _ options: EventRunOptions, bufferSize: Int = 1 << 16) throws -> Data {
        try bytes(of: PanelCatalog.standard.prepare(panel: panel, options: options), bufferSize: bufferSize)
    }

    /// What `run` writes as `stepviz events` would.
    package static func bytes(of run: PreparedPanel, bufferSize: Int = 1 << 16) throws -> Data {
        let panel = run.name
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
    package static func lines(panel: String, _ options: EventRunOptions) throws -> [[String: Any]] {
        try lines(from: bytes(panel: panel, options))
    }

    /// Every line of `data` parsed as a JSON object; an empty line fails.
    package static func lines(from data: Data) throws -> [[String: Any]] {
        #expect(data.last == UInt8(ascii: "\n"), "the last line is complete")
        return try data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .dropLast()
            .map { line in
                try #require(
                    try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    "not a JSON object: \(String(decoding: line, as: UTF8.self))")
            }
    }

    /// The contract of DESIGN.md, the one check every panel's stream tests
    /// share: a header of exactly schema, version and panel; `seq` 0, 1, 2 ...;
    /// `op` never going back and covering every operation (exactly
    /// `operationCount` when given); `type` in snake_case; each operation
    /// opened by `begin` and closed by exactly one `state`. Returns the
    /// number of operations.
    /// The setup fields each panel's header carries after its name.
    package static let setupFields: [String: Set<String>] = ["deque": ["maxlen", "block_size"], "lru": ["capacity"]]
    /// Setup fields a header has only when the option was given (the heap's `--scene`).
    package static let optionalSetupFields: [String: Set<String>] = ["heap": ["scene"]]

    @discardableResult
    package static func checkContract(_ lines: [[String: Any]], panel: String, operationCount: Int? = nil) throws -> Int {
        let header = try #require(lines.first)
        let required = Set(["schema", "version", "panel", "seed"]).union(setupFields[panel] ?? [])
        #expect(
            Set(header.keys).subtracting(optionalSetupFields[panel] ?? []) == required,
            "the header holds exactly schema, version, panel, seed and the panel's setup")
        #expect(header["schema"] as? String == "stepviz-events")
        #expect(header["version"] as? Int == 1)
        #expect(header["panel"] as? String == panel)
        let events = Array(lines.dropFirst())
        #expect(events.map { $0["seq"] as? Int } == (0..<events.count).map { $0 })
        let ops = events.compactMap { $0["op"] as? Int }
        #expect(ops.count == events.count)
        #expect(zip(ops, ops.dropFirst()).allSatisfy { $0 <= $1 }, "op never goes back")
        let count = (ops.last ?? -1) + 1
        if let operationCount { #expect(count == operationCount) }
        #expect(Set(ops) == Set(0..<count), "every operation has events")
        let snakeCase = /[a-z]+(_[a-z]+)*/
        var typesByOp = Array(repeating: [String](), count: count)
        for (event, op) in zip(events, ops) {
            let type = try #require(event["type"] as? String, "\(event)")
            #expect(type.wholeMatch(of: snakeCase) != nil, "snake_case type: \(type)")
            typesByOp[op].append(type)
        }
        for (op, types) in typesByOp.enumerated() {
            #expect(types.first == "begin", "op \(op): \(types)")
            #expect(types.last == "state", "op \(op): \(types)")
            #expect(types.filter { $0 == "state" }.count == 1, "op \(op): \(types)")
        }
        return count
    }

    /// Each operation's outcome in order, e.g. "0 error index out of range",
    /// "2 result 3", "2 state [5]": what failed operation tests compare.
    package static func outcomes(_ lines: [[String: Any]]) -> [String] {
        lines.dropFirst().compactMap { line -> String? in
            let op = line["op"] as? Int ?? -1
            switch line["type"] as? String {
            case "error": return "\(op) error \(line["message"] as? String ?? "?")"
            case "result": return "\(op) result \(line["value"] as? Int ?? -1)"
            case "state": return "\(op) state \(line["items"] as? [Int] ?? [-1])"
            default: return nil
            }
        }
    }
}
