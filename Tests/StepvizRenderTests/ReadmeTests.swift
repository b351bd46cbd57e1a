import Foundation
import StepvizRender
import StepvizTestSupport
import Testing

/// The README's key table is the help overlay's list: one source, checked.
@Suite struct ReadmeTests {
    static let readme: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func keyTableListsEveryBinding() {
        #expect(!Self.readme.isEmpty)
        for binding in KeyBinding.all {
            #expect(Self.readme.contains("| \(binding.keys) | \(binding.action) |"), "README lacks the row for \(binding.keys)")
        }
    }

    /// The frames the README shows, by golden file: the dashboard and one per panel.
    static let frames = [
        "dashboard/focused-80x24", "heap/compare-80x24", "deque/example-80x22", "lru/evict-80x22",
        "locks/naive-deadlock-80x22", "scheduler/tasks-80x22", "eventloop/server-80x22", "threading/stolen-80x22",
    ]

    /// Each frame shown in the README is today's golden frame.
    @Test(arguments: frames) func frameIsTheCurrentGoldenFrame(name: String) throws {
        let golden = try String(contentsOf: GoldenFrame.directory(of: #filePath).appendingPathComponent(name + ".txt"), encoding: .utf8)
        let rows = golden.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .map { row in String(row.dropFirst().dropLast()).trimmingTrailingSpaces }
        #expect(rows.count >= 16)
        #expect(Self.readme.contains(rows.joined(separator: "\n")), "README's \(name) frame is stale: paste the golden frame's characters")
    }

    /// Every image the README shows is an asset the tool makes.
    @Test func imagesAreListedAssets() throws {
        let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Assets")
        let images = Self.readme.matches(of: /\]\(Assets\/([A-Za-z0-9.-]+\.svg)\)/).map { String($0.output.1) }
        #expect(images.count >= 6, "the dashboard and every panel")
        let listed = try String(contentsOf: assets.appendingPathComponent("recordings.json"), encoding: .utf8)
        for image in images { #expect(listed.contains("\"\(image)\""), "\(image) is in Assets/recordings.json") }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
