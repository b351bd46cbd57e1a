import StepvizRender
import StepvizTestSupport
import Testing

@Suite struct AnsiFrameEncoderTests {
    @Test func firstFramePaintsThenOnlyChangesGoOut() {
        var encoder = AnsiFrameEncoder()
        var canvas = Canvas(width: 10, height: 2)
        canvas.write("heap", x: 0, y: 0, style: Style(bold: true))
        let first = encoder.encode(canvas)
        #expect(first.hasPrefix("\u{1B}[0m\u{1B}[?25l\u{1B}[H\u{1B}[2J"))
        #expect(first.contains("\u{1B}[0;1mheap"))
        #expect(encoder.encode(canvas).isEmpty, "an unchanged frame writes nothing")
        canvas.write("X", x: 5, y: 1)
        #expect(encoder.encode(canvas) == "\u{1B}[2;6H\u{1B}[0mX")
    }

    @Test func coloursAndAttributes() {
        var encoder = AnsiFrameEncoder()
        var canvas = Canvas(width: 3, height: 1)
        canvas.put("a", x: 0, y: 0, style: Style(foreground: .yellow, background: .blue, reverse: true, underline: true))
        #expect(encoder.encode(canvas).contains("\u{1B}[0;4;7;33;44ma"))
    }
}
