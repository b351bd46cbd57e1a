import Foundation
import StepvizEvents
import StepvizRender
import Testing

@Suite struct PlainTextBackendTests {
    /// A pinned frame: a styled title, a row with trailing blanks, a blank row.
    static var pinned: Canvas {
        var canvas = Canvas(width: 12, height: 3)
        canvas.write("heap", x: 0, y: 0, style: Style(bold: true))
        canvas.write("[1] 3", x: 2, y: 1, style: Style(foreground: .yellow))
        return canvas
    }

    @Test("a frame is its time and marks, then its rows without styles or trailing blanks; unchanged frames are skipped")
    func pinnedFrame() throws {
        var plain = PlainTextBackend(width: 12, height: 3)
        try plain.draw(Self.pinned, marks: ["op 1: push 3"], atMilliseconds: 1234)
        try plain.draw(Self.pinned, marks: [], atMilliseconds: 1284)
        var next = Self.pinned
        next.write("─", x: 11, y: 2)
        try plain.draw(next, marks: [], atMilliseconds: 61_005)
        try plain.draw(next, marks: ["heap op 2: pop", "lru op 1: get 1"], atMilliseconds: 61_055)
        try plain.finish(atMilliseconds: 62_555)
        #expect(
            plain.text == """
                @1.234 op 1: push 3
                heap
                  [1] 3

                @61.005
                heap
                  [1] 3
                           ─
                @61.055 heap op 2: pop · lru op 1: get 1
                heap
                  [1] 3
                           ─

                """)
    }

    @Test("into a file, the same text")
    func fileGetsTheText() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-plain-\(UUID().uuidString).txt").path
        defer { unlink(path) }
        var kept = PlainTextBackend(width: 12, height: 3)
        var written = PlainTextBackend(width: 12, height: 3, file: try OutputFile(path: path))
        for backend in [0, 1] {
            for time in [0, 50] {
                if backend == 0 {
                    try kept.draw(Self.pinned, marks: time == 0 ? ["op 1: push 3"] : [], atMilliseconds: time)
                } else {
                    try written.draw(Self.pinned, marks: time == 0 ? ["op 1: push 3"] : [], atMilliseconds: time)
                }
            }
        }
        try kept.finish(atMilliseconds: 1550)
        try written.finish(atMilliseconds: 1550)
        #expect(!kept.text.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == kept.text)
        #expect(written.text.isEmpty)
    }
}
