import Foundation
import StepvizTestSupport
import Testing

/// A frame drawn with `Glyphs.ascii` (a terminal without line drawing or
/// UTF-8) holds only ASCII characters: a title or a sentence that writes
/// `·` or `→` past the glyphs would show as mojibake there.
@Suite struct AsciiGoldenFrameTests {
    @Test func everyAsciiGoldenFrameIsAscii() throws {
        let directory = GoldenFrame.directory(of: #filePath)
        let files = try #require(FileManager.default.enumerator(atPath: directory.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") && $0.contains("ascii") }
        #expect(files.count >= 4, "the ASCII golden frames: \(files)")
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            // The character rows come first, up to the blank line before the styles.
            let rows = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            for (number, row) in rows.enumerated() {
                let outside = row.unicodeScalars.filter { !$0.isASCII }
                #expect(outside.isEmpty, "\(file) row \(number + 1) has \(String(String.UnicodeScalarView(outside)))")
            }
        }
    }
}
