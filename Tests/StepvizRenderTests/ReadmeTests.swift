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

    /// The frame shown in the README is the golden frame of today's panel.
    @Test func frameIsTheCurrentGoldenFrame() throws {
        let golden = try String(contentsOf: GoldenFrame.directory(of: #filePath).appendingPathComponent("heap/compare-80x24.txt"), encoding: .utf8)
        let rows = golden.split(separator: "\n", omittingEmptySubsequences: false).prefix(24)
            .map { row in String(row.dropFirst().dropLast()).trimmingTrailingSpaces }
        #expect(Self.readme.contains(rows.joined(separator: "\n")), "README's frame is stale: paste the golden frame's characters")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
