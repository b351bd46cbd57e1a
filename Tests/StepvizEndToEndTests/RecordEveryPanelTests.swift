import Foundation
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz record` for every panel and the dashboard: deterministic casts
/// and SVGs, a marker per operation, and refusals that write nothing.
@Suite("record, every panel")
struct RecordEveryPanelTests {
    static let panels = PanelCatalog.standard.names
    static let targets = panels + ["dashboard"]

    static func record(_ target: String, suffix: String, _ extra: [String] = []) throws -> (status: Int32, bytes: [UInt8], error: String) {
        let output = try TemporaryFile(suffix: suffix)
        let result = try StepvizBinary.run(["record", target, "--out", output.path] + extra)
        return (result.status, try output.contents(), result.standardError)
    }

    /// "op N: operation" for every operation `events` reports for the
    /// panel's default demo (N counts from 1).
    static func expectedMarkers(_ panel: String, seed: UInt64 = 1) throws -> [String] {
        let result = try StepvizBinary.run(["events", panel, "--seed", String(seed)])
        try #require(result.status == 0, "events \(panel): \(result.standardError)")
        return try result.standardOutputText.split(separator: "\n").dropFirst().compactMap { line in
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard event["type"] as? String == "begin", let op = event["op"] as? Int,
                let operation = event["operation"] as? String
            else { return nil }
            return "op \(op + 1): \(operation)"
        }
    }

    @Test("a .cast is byte-identical on a rerun, with one marker per operation", arguments: targets)
    func cast(target: String) throws {
        let first = try Self.record(target, suffix: ".cast")
        let second = try Self.record(target, suffix: ".cast")
        #expect(first.status == 0, "\(first.error)")
        #expect(first.bytes.count > 1000)
        let identical = first.bytes == second.bytes
        #expect(identical)
        let cast = try Asciicast(first.bytes)
        #expect(cast.header["version"] as? Int == 2)
        #expect(cast.header["width"] as? Int == 80 && cast.header["height"] as? Int == 24)
        #expect(cast.timesNeverDecrease)
        if target == "dashboard" {
            // Every panel's operations (on its seed derived from --seed 1), each marker naming its panel.
            for panel in Self.panels {
                let mine = cast.markers.filter { $0.hasPrefix("\(panel) ") }.map { String($0.dropFirst(panel.count + 1)) }
                #expect(mine == (try Self.expectedMarkers(panel, seed: PanelSeed.derive(1, panel: panel))), "\(panel)'s markers")
            }
            #expect(cast.markers.allSatisfy { marker in Self.panels.contains { marker.hasPrefix("\($0) op ") } })
        } else {
            #expect(cast.markers == (try Self.expectedMarkers(target)))
        }
    }

    @Test("a .svg is an SVG, byte-identical on a rerun; --frame gives stills", arguments: targets)
    func svg(target: String) throws {
        let first = try Self.record(target, suffix: ".svg")
        let second = try Self.record(target, suffix: ".svg")
        #expect(first.status == 0, "\(first.error)")
        let text = String(decoding: first.bytes, as: UTF8.self)
        #expect(text.hasPrefix("<svg"))
        #expect(text.hasSuffix("</svg>") || text.hasSuffix("</svg>\n"))
        let identical = first.bytes == second.bytes
        #expect(identical)

        let last = try Self.record(target, suffix: ".svg", ["--frame", "last"])
        let firstFrame = try Self.record(target, suffix: ".svg", ["--frame", "0"])
        #expect(last.status == 0 && firstFrame.status == 0, "\(last.error) \(firstFrame.error)")
        let still = String(decoding: last.bytes, as: UTF8.self)
        #expect(still.hasPrefix("<svg"))
        #expect(!still.contains("@keyframes") && !still.contains("<animate"), "a still does not move")
        #expect(last.bytes.count < first.bytes.count)
        #expect(last.bytes != firstFrame.bytes, "the last frame is not the first")
        #expect(try Self.record(target, suffix: ".svg", ["--frame", "last"]).bytes == last.bytes)
    }

    @Test("an --out that is neither .cast nor .svg: exit 2, one line, nothing written", arguments: targets)
    func unknownFormat(target: String) throws {
        let path = "\(NSTemporaryDirectory())/stepviz-e2e-\(UUID().uuidString.prefix(8)).txt"
        let result = try StepvizBinary.run(["record", target, "--out", path])
        #expect(result.status == 2)
        #expect(result.standardErrorLines.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains(path))
        #expect(!FileManager.default.fileExists(atPath: path), "nothing written")
    }

    @Test("record dashboard refuses --ops: exit 2, one line, nothing written")
    func dashboardOps() throws {
        let output = try TemporaryFile(suffix: ".cast")
        let result = try StepvizBinary.run(["record", "dashboard", "--out", output.path, "--ops", "x"])
        #expect(result.status == 2)
        #expect(result.standardErrorLines.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains("--ops"))
        #expect(try output.contents().isEmpty)
    }
}
