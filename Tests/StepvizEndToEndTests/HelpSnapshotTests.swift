import Foundation
import Testing

/// Every command's `--help`, against a committed snapshot (as
/// swift-argument-parser tests its own examples' help): a panel option
/// that goes missing from a panel's entry, or a command that loses its
/// PANELS section, fails here. `STEPVIZ_UPDATE_GOLDEN=1 swift test`
/// rewrites the snapshots; review the diff.
@Suite("Help texts (binary)")
struct HelpSnapshotTests {
    static let commands: [[String]] = [[], ["watch"], ["events"], ["record"], ["replay"], ["explore"], ["dashboard"]]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("HelpSnapshots")

    @Test("--help equals its snapshot", arguments: commands)
    func helpEqualsSnapshot(_ command: [String]) throws {
        let result = try StepvizBinary.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let text = result.standardOutputText
        let file = Self.folder.appendingPathComponent((command.first ?? "stepviz") + ".txt")
        if ProcessInfo.processInfo.environment["STEPVIZ_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let snapshot = try String(contentsOf: file, encoding: .utf8)
        #expect(text == snapshot, "stepviz \(command.joined(separator: " ")) --help changed; rerun with STEPVIZ_UPDATE_GOLDEN=1 and review")
    }

    @Test("The panel commands list every panel with its own options")
    func panelsSectionListsEveryOption() throws {
        for command in ["watch", "events", "record"] {
            let text = try StepvizBinary.run([command, "--help"]).standardOutputText
            #expect(text.contains("PANELS:"), "\(command)")
            for (panel, options) in [
                ("deque", ["--maxlen <n>"]), ("lru", ["--capacity <n>"]),
                ("locks", ["--scene <name>", "--threads <n>", "--ordered", "--schedule <list>", "--schedule-only"]),
                ("scheduler", ["--scene <name>", "--schedule <list>"]),
            ] {
                #expect(text.contains("  \(panel) "), "\(command) lists \(panel)")
                for option in options { #expect(text.contains(option), "\(command) lists \(panel)'s \(option)") }
            }
        }
    }
}
