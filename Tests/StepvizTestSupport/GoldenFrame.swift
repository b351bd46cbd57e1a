import Foundation
import StepvizRender
import Testing

/// Golden frames: a canvas written as its characters, then a map of its
/// styles (one letter per distinct style, with a legend), so a review of a
/// golden diff shows both what changed and how it is highlighted.
/// `STEPVIZ_UPDATE_GOLDEN=1 swift test` rewrites the files.
package enum GoldenFrame {
    package static func text(of canvas: Canvas) -> String {
        var letters: [Style: Character] = [.plain: "."]
        var legend: [(Character, Style)] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var styleRows: [String] = []
        for y in 0..<canvas.height {
            var row = ""
            for x in 0..<canvas.width {
                let style = canvas[x, y].style
                if letters[style] == nil {
                    let letter = alphabet[legend.count % alphabet.count]
                    letters[style] = letter
                    legend.append((letter, style))
                }
                row.append(letters[style]!)
            }
            styleRows.append(row)
        }
        var lines = canvas.lines.map { "|\($0)|" }
        lines.append("")
        lines += styleRows.map { "|\($0)|" }
        lines.append("")
        lines += legend.map { "\($0.0) = \(describe($0.1))" }
        return lines.joined(separator: "\n") + "\n"
    }

    package static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if let foreground = style.foreground { parts.append("fg:\(foreground)") }
        if let background = style.background { parts.append("bg:\(background)") }
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.underline { parts.append("underline") }
        if style.reverse { parts.append("reverse") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    /// The golden folder of the test target that `testFile` belongs to
    /// (`Tests/<Target>/Golden`), read and rewritten in the source tree.
    package static func directory(of testFile: String) -> URL {
        var url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
        while url.deletingLastPathComponent().lastPathComponent != "Tests", url.pathComponents.count > 1 {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("Golden")
    }

    /// Compares `canvas` with the golden file `name` (`heap/compare-80x24`:
    /// one folder per panel), or rewrites it when STEPVIZ_UPDATE_GOLDEN is set.
    package static func check(
        _ canvas: Canvas, named name: String, testFile: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = directory(of: testFile).appendingPathComponent(name + ".txt")
        let actual = text(of: canvas)
        if ProcessInfo.processInfo.environment["STEPVIZ_UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            // A run that rewrites goldens must not pass as a test run.
            Issue.record("rewrote golden frame \(name); review the diff", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "golden frame \(name) differs; rerun with STEPVIZ_UPDATE_GOLDEN=1 and review the diff",
            sourceLocation: sourceLocation)
    }
}
