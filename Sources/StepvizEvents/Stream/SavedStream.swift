/// A saved event stream (`stepviz events` output) read back and checked
/// against the contract of DESIGN.md, so that any producer can feed the
/// screens (tokio-console's recordings, read by its console).
///
/// `read` checks what every panel shares, line by line: each line is a
/// JSON object (line 1 is the header); the header's schema is
/// `stepviz-events` at version 1 and its panel is known; `seq` counts 0,
/// 1, 2 ...; `op` starts at 0 and never goes back nor skips; every
/// operation opens with `begin` (whose `operation` is its label) and ends
/// with exactly one `state`, nothing after it. ``source(as:)`` then decodes
/// the panel's events and folds them, checking each `state`.
///
///     let stream = try SavedStream.read(bytes, panels: ["heap", "deque"])
///     switch stream.panel {
///     case "heap": play(try stream.source(as: HeapStepEvent.self))
///     ...
///     }
///
/// (`PanelCatalog.replay` does this for every panel of a catalog.)
///
/// - Complexity: O(*n*) in the size of the stream.
public struct SavedStream: Sendable {
    /// One event line, with what `read` already checked.
    struct Line: Sendable {
        let number: Int
        let seq: Int
        let op: Int
        let type: String
        let fields: JSONObject
    }

    /// The header's `panel`.
    public let panel: String
    /// The header line, for its setup fields.
    let header: JSONObject

    /// The seed of the run that wrote the stream, when the header names one.
    public var seed: UInt64? {
        (try? header.optionalInt("seed")).flatMap { $0 }.map { UInt64(bitPattern: Int64($0)) }
    }
    let lines: [Line]
    /// One label per operation: each `begin`'s `operation`.
    public let operationLabels: [String]

    /// Reads and checks `bytes`: a stream of lines ending in `\n` (a last
    /// line without one is accepted, a `\r` before it too). `panels`, when
    /// given, are the names accepted (a catalog's panels, which have a
    /// screen); without it any panel is read, and ``source(as:)`` checks
    /// the name against the events it decodes.
    public static func read(_ bytes: [UInt8], panels: [String]? = nil) throws(StreamReadError) -> SavedStream {
        var rawLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if rawLines.last?.isEmpty == true { rawLines.removeLast() }
        guard let headerBytes = rawLines.first else {
            throw StreamReadError(line: 1, message: "empty stream: no header line")
        }
        func object(_ raw: ArraySlice<UInt8>, line: Int) throws(StreamReadError) -> JSONObject {
            let trimmed = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            do {
                return try JSONLineParser.object(trimmed)
            } catch {
                throw StreamReadError(line: line, message: error.message)
            }
        }
        let header = try object(headerBytes, line: 1)
        let panel = try checkHeader(header, panels: panels)

        var lines: [Line] = []
        var labels: [String] = []
        lines.reserveCapacity(rawLines.count - 1)
        var closed = true  // whether the current operation has had its state
        for (offset, raw) in rawLines.dropFirst().enumerated() {
            let number = offset + 2
            let fields = try object(raw, line: number)
            func fail(_ message: String) -> StreamReadError { StreamReadError(line: number, message: message) }
            func field<T>(_ read: (JSONObject) throws(StreamLineError) -> T) throws(StreamReadError) -> T {
                do { return try read(fields) } catch { throw fail(error.message) }
            }
            let seq = try field { object throws(StreamLineError) in try object.int("seq") }
            guard seq == lines.count else { throw fail("seq \(seq) out of order (expected \(lines.count))") }
            let op = try field { object throws(StreamLineError) in try object.int("op") }
            let type = try field { object throws(StreamLineError) in try object.string("type") }
            let current = labels.count - 1
            if op == current + 1 {
                guard closed else { throw fail("op \(op) starts before op \(current) closed with its state") }
                guard type == "begin" else { throw fail("op \(op) opens with \(type), not begin") }
                labels.append(try field { object throws(StreamLineError) in try object.string("operation") })
                closed = false
            } else if op == current, current >= 0 {
                guard !closed else { throw fail("\(type) after the state that closed op \(op)") }
                guard type != "begin" else { throw fail("a second begin in op \(op)") }
                if type == "state" { closed = true }
            } else {
                throw fail("op \(op) out of order (expected \(current >= 0 ? "\(current) or \(current + 1)" : "0"))")
            }
            lines.append(Line(number: number, seq: seq, op: op, type: type, fields: fields))
        }
        if !closed, let last = lines.last {
            throw StreamReadError(line: last.number, message: "op \(last.op) ends without its state")
        }
        return SavedStream(panel: panel, header: header, lines: lines, operationLabels: labels)
    }

    /// The header's panel, once its schema, version and panel are checked.
    private static func checkHeader(_ header: JSONObject, panels: [String]?) throws(StreamReadError) -> String {
        func fail(_ message: String) -> StreamReadError { StreamReadError(line: 1, message: message) }
        guard case .string(let schema)? = header["schema"], schema == EventStreamHeader.schema else {
            let found = header["schema"].map { " (schema \($0.kindDescription))" } ?? " (no schema)"
            throw fail("not a stepviz event stream\(found): the header needs \"schema\":\"\(EventStreamHeader.schema)\"")
        }
        let version: Int
        do { version = try header.int("version") } catch { throw fail(error.message) }
        if version > EventStreamHeader.version {
            throw fail("version \(version) is newer than this stepviz reads (version \(EventStreamHeader.version)); upgrade stepviz")
        }
        guard version == EventStreamHeader.version else {
            throw fail("unknown version \(version) (expected \(EventStreamHeader.version))")
        }
        let panel: String
        do { panel = try header.string("panel") } catch { throw fail(error.message) }
        if let panels, !panels.contains(panel) {
            throw fail("panel '\(panel)' has no screen (expected one of: \(panels.joined(separator: ", ")))")
        }
        return panel
    }
}
