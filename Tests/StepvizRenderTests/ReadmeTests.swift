import Foundation
import StepvizRender
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
}
