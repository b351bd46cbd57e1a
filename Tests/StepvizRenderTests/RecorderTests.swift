import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct RecorderTests {
    func record(_ ops: String?, seed: UInt64 = 1, size: (Int, Int) = (80, 24), speed: Double = 8) throws -> (String, Int) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-\(UUID().uuidString).cast").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var app = try PanelScreens.make("heap", EventRunOptions(ops: ops, seed: seed), paused: false, speed: speed)
        var cast = AsciicastRecording(writer: try AsciicastWriter(path: path, width: size.0, height: size.1, title: "stepviz heap"))
        let frames = try Recorder.record(&app, to: &cast)
        return (try String(contentsOfFile: path, encoding: .utf8), frames)
    }

    @Test func sameArgumentsSameBytes() throws {
        #expect(try record(HeapApps.referenceOps).0 == record(HeapApps.referenceOps).0)
        #expect(try record(nil, seed: 3).0 == record(nil, seed: 3).0)
        #expect(try record(nil, seed: 3).0 != record(nil, seed: 4).0)
    }

    @Test func isValidAsciicastWithOneMarkerPerOperation() throws {
        let (text, frames) = try record(HeapApps.referenceOps)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 80 && header["height"] as? Int == 24)
        #expect((header["env"] as? [String: String])?["TERM"] != nil)
        var lastTime = 0.0
        var markers: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try #require(event[0] as? Double)
            #expect(time >= lastTime)
            lastTime = time
            let code = try #require(event[1] as? String)
            #expect(code == "o" || code == "m")
            if code == "m" { markers.append(try #require(event[2] as? String)) }
        }
        #expect(markers == ["op 1: heapify 3 10 1000 -99 4 100", "op 2: pop", "op 3: push 7"])
        #expect(frames > 40)
    }

    @Test func unwritablePathIsOneLineNamingIt() {
        #expect(throws: RecordingError.self) {
            _ = try AsciicastWriter(path: "/nonexistent-dir/x.cast", width: 80, height: 24, title: "t")
        }
        do {
            _ = try AsciicastWriter(path: "/nonexistent-dir/x.cast", width: 80, height: 24, title: "t")
        } catch {
            #expect(error.description.contains("/nonexistent-dir/x.cast"))
            #expect(!error.description.contains("\n"))
        }
    }

    /// At top speed one frame passes over several short operations; each
    /// still gets its marker, in order.
    @Test func everyOperationGetsAMarkerAtTopSpeed() throws {
        let ops = (["heapify 5 1 4 2 3"] + Array(repeating: "pop", count: 60)).joined(separator: "; ")
        let (text, _) = try record(ops, speed: 64)
        let markers = text.split(separator: "\n").filter { $0.contains("\"m\"") }
        #expect(markers.count == 61)
        #expect(markers.last?.contains("op 61: pop") == true)
    }
}
