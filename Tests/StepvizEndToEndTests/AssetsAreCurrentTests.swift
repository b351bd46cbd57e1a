import Foundation
import StepvizTestSupport
import Testing

/// The recordings in Assets/ (asciicasts and SVGs) are made by the tool
/// itself, with the arguments listed in Assets/recordings.json; this fails
/// when one is stale, and every file there must be listed.
/// `STEPVIZ_UPDATE_ASSETS=1 swift test --filter AssetsAreCurrent` remakes them.
@Suite struct AssetsAreCurrentTests {
    struct Recording: Decodable {
        let file: String
        let arguments: [String]
    }

    static let assets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets")

    static func recordings() throws -> [Recording] {
        try JSONDecoder().decode([Recording].self, from: Data(contentsOf: assets.appendingPathComponent("recordings.json")))
    }

    @Test func everyAssetIsListed() throws {
        let listed = Set(try Self.recordings().map(\.file) + ["recordings.json"])
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: Self.assets.path))
        #expect(present == listed, "Assets/ holds exactly the listed recordings")
    }

    /// The README's table states each asset's size as it is.
    @Test func readmeStatesEverySize() throws {
        let readme = try String(contentsOf: Self.assets.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for recording in try Self.recordings() {
            let size =
                try FileManager.default.attributesOfItem(atPath: Self.assets.appendingPathComponent(recording.file).path)[.size] as? Int
                ?? 0
            let kilobytes = Int((Double(size) / 1000).rounded())
            #expect(readme.contains("| `\(recording.file)` | \(kilobytes) KB |"), "README states \(recording.file) as \(kilobytes) KB")
        }
    }

    /// The demos a README carries stay small.
    @Test func everyAssetIsUnderOneMegabyte() throws {
        for recording in try Self.recordings() {
            let size =
                try FileManager.default.attributesOfItem(atPath: Self.assets.appendingPathComponent(recording.file).path)[.size] as? Int
                ?? 0
            #expect(size < 1_000_000, "Assets/\(recording.file) is \(size) bytes")
        }
    }

    @Test func everyRecordingIsWhatTheToolMakesNow() throws {
        let update = ProcessInfo.processInfo.environment["STEPVIZ_UPDATE_ASSETS"] != nil
        for recording in try Self.recordings() {
            // The format follows the extension, as for `record --out`.
            let output = try TemporaryFile(suffix: "." + (recording.file.split(separator: ".").last.map(String.init) ?? "cast"))
            // NO_COLOR gives the monochrome look (and `swift test` sets it when
            // its output is not a terminal): the assets are made without it.
            let result = try StepvizBinary.run(recording.arguments + ["--out", output.path], environment: ["NO_COLOR": nil])
            #expect(result.status == 0, "\(recording.arguments): \(result.standardError)")
            let fresh = try output.contents()
            let stored = Self.assets.appendingPathComponent(recording.file)
            if update {
                try Data(fresh).write(to: stored)
                Issue.record("rewrote Assets/\(recording.file); review it")  // never a green run
                continue
            }
            let current = try Data(contentsOf: stored)
            let isCurrent = Array(current) == fresh  // a Bool, so a failure does not print megabytes
            #expect(
                isCurrent,
                "Assets/\(recording.file) is stale: rerun with STEPVIZ_UPDATE_ASSETS=1 and review it")
        }
    }
}
