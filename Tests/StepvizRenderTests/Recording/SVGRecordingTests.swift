import Foundation
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGRecordingTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The SVG parses as XML (so a browser shows it rather than an error page).
    func expectWellFormed(_ svg: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))", sourceLocation: sourceLocation)
    }

    @Test func escapesTextTitleAndMarkers() {
        var canvas = Canvas(width: 30, height: 2)
        canvas.write(#"push <7> & "quoted" 'x'"#, x: 0, y: 0)
        canvas.write("a\u{1}b", x: 0, y: 1)
        var svg = SVGRecording(width: 30, height: 2, title: #"heap <&> "t""#)
        svg.marker(#"op 1: push "<&>""#, atMilliseconds: 0)
        svg.frame(canvas, atMilliseconds: 0)
        let bytes = svg.document(endingAt: 100)
        let output = text(bytes)
        expectWellFormed(bytes)
        #expect(output.contains("push &lt;7&gt; &amp; &quot;quoted&quot; 'x'"))
        #expect(output.contains("<title>heap &lt;&amp;&gt; &quot;t&quot;</title>"))
        #expect(output.contains("op 1: push &quot;&lt;&amp;&gt;&quot;"))
        #expect(!output.contains("\u{1}"), "a control character XML cannot carry is replaced")
        #expect(SVGTextLayer.lines(in: bytes)[0] == canvas.lines[0])
    }

    /// Line characters are strokes from cell centre to edge, merged along a
    /// row and reaching the row's edges, so boxes join; a wide character keeps
    /// to its one cell.
    @Test func boxDrawingJoinsAndWideCharactersKeepTheGrid() {
        var canvas = Canvas(width: 6, height: 3)
        canvas.box(Rect(x: 0, y: 0, width: 4, height: 3), glyphs: .unicode, style: Style(foreground: .blue))
        canvas.put("漢", x: 1, y: 1)
        canvas.put("x", x: 2, y: 1)
        let svg = SVGRecording.still(canvas, title: "box")
        let output = text(svg)
        expectWellFormed(svg)
        // ┌── ┐: one segment from ┌'s centre (4.5) to ┐'s centre (31.5), and the arms down.
        #expect(output.contains(#"d="M4.5 9.5V18M31.5 9.5V18M4.5 9.5H31.5""#))
        #expect(output.contains(#"d="M4.5 0V18M31.5 0V18""#), "│ spans the whole row height")
        #expect(output.contains(#"<text x="9" y="14" class="t0" textLength="9" lengthAdjust="spacingAndGlyphs">漢</text>"#))
        #expect(output.contains(#"<text x="18" y="14" class="t0">x</text>"#))
        #expect(output.contains(".l0{stroke:\(SVGTheme.ansi[4])}"))
        #expect(SVGTextLayer.lines(in: svg) == canvas.lines)
    }

    @Test func stylesBecomeClassesAndReverseSwapsColours() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.write("rv", x: 0, y: 0, style: Style(foreground: .yellow, bold: true, reverse: true))
        canvas.write("ul", x: 3, y: 0, style: Style(foreground: .magenta, underline: true))
        canvas.write("dm", x: 6, y: 0, style: Style(dim: true))
        canvas.write("bg", x: 9, y: 0, style: Style(foreground: .red, background: .green))
        canvas.write("rv", x: 0, y: 0, style: Style(foreground: .yellow, bold: true, reverse: true))
        let output = text(SVGRecording.still(canvas, title: "styles"))
        let css = output[output.firstRange(of: "<style>")!.upperBound..<output.firstRange(of: "</style>")!.lowerBound]
        // Reverse video: the glyphs take the background's colour, the rect the foreground's.
        #expect(output.contains(#"<rect x="0" width="18" height="18" class="b3"/>"#))
        #expect(css.contains(".t0{fill:\(SVGTheme.background);font-weight:bold}"))
        #expect(css.contains(".b3{fill:\(SVGTheme.ansi[3])}"))
        #expect(css.contains(".t1{fill:\(SVGTheme.ansi[5]);text-decoration:underline}"))
        #expect(css.contains(".t2{fill:\(SVGTheme.foreground);fill-opacity:\(SVGTheme.dimOpacity)}"))
        #expect(css.contains(".t3{fill:\(SVGTheme.ansi[1])}") && css.contains(".b2{fill:\(SVGTheme.ansi[2])}"))
        #expect(css.contains("font-family:ui-monospace,"))
        #expect(!css.contains(".t4"), "one class per look, only the looks used")
    }

    /// NO_COLOR: the canvas the app renders has no colours, so neither has the SVG.
    @Test func monochromeFramesUseOnlyTheDefaultColours() throws {
        var app = try HeapApps.paused(capabilities: DisplayCapabilities(color: false, unicode: true))
        app.press(.right, times: 5)
        let output = text(SVGRecording.still(app.view(width: 80, height: 24), title: "mono"))
        for colour in SVGTheme.ansi { #expect(!output.contains(colour)) }
    }

    @Test func textLayerOfAStillIsTheFrame() throws {
        for capabilities in [DisplayCapabilities.full, DisplayCapabilities(color: false, unicode: false)] {
            var app = try HeapApps.paused(capabilities: capabilities)
            for _ in 0..<12 {
                app.press(.right)
                let canvas = app.view(width: 80, height: 24)
                let svg = SVGRecording.still(canvas, title: "heap")
                #expect(SVGTextLayer.lines(in: svg) == canvas.lines)
            }
        }
    }

    /// The screen shown at every moment of the SVG is the cast's: the same
    /// frames at the same virtual times, and the loop lasts as long as the cast.
    @Test func frameTimingEqualsTheCast() throws {
        func app() throws -> PlaybackScreen {
            try PanelScreens.make("heap", EventRunOptions(ops: HeapApps.referenceOps), paused: false, speed: 8)
        }
        let castPath = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-\(UUID().uuidString).cast").path
        defer { try? FileManager.default.removeItem(atPath: castPath) }
        var castApp = try app()
        var cast = AsciicastRecording(writer: try AsciicastWriter(path: castPath, width: 80, height: 24, title: "stepviz heap"))
        try Recorder.record(&castApp, to: &cast)
        let castTimes: [Int] = try String(contentsOfFile: castPath, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line in
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            guard event[1] as? String == "o" else { return nil }
            return Int(((event[0] as? Double ?? 0) * 1000).rounded())
        }

        var svgApp = try app()
        let result = try SVGRecordingDriver.record(&svgApp, width: 80, height: 24, title: "stepviz heap")
        #expect(result.end == castTimes.last, "the loop lasts as long as the cast")
        let output = text(result.svg)
        #expect(output.contains("animation:strip \(result.end)ms step-end infinite"))

        // The times the screen changes, from the frames themselves.
        var expected: [(time: Int, lines: [String])] = []
        for (time, canvas) in result.frames where expected.last?.lines != canvas.lines || expected.isEmpty {
            expected.append((time, canvas.lines))
        }
        #expect(expected.count > 20, "a real animation, not a still")
        #expect(Set(expected.map(\.time)).isSubset(of: Set(castTimes)), "each change is a cast output event")

        let keyframes = SVGAnimation.keyframes(in: output)
        let screens = SVGTextLayer.screens(in: result.svg)
        let shown = keyframes.dropLast()  // the last restates the final screen at 100%
        #expect(shown.count == expected.count)
        for (keyframe, change) in zip(shown, expected) {
            // Percentages have three decimals, rounded down: within end / 100000 ms.
            let time = keyframe.percent * Double(result.end) / 100
            #expect(time <= Double(change.time) + 1e-6 && Double(change.time) - time <= Double(result.end) / 100_000 + 1e-6)
            #expect(screens[keyframe.offset / (24 * SVGTheme.cellHeight)] == change.lines)
        }
    }

    @Test func sameFramesSameBytes() throws {
        #expect(try SVGRecordingDriver.heapDemo().svg == SVGRecordingDriver.heapDemo().svg)
        var other = try HeapApps.demo(seed: 2, limit: true)
        var again = try HeapApps.demo(seed: 2, limit: true)
        let first = try SVGRecordingDriver.record(&other, width: 80, height: 24, title: "t").svg
        #expect(try first == SVGRecordingDriver.record(&again, width: 80, height: 24, title: "t").svg)
        #expect(try first != SVGRecordingDriver.heapDemo().svg)
    }

    /// Unchanged frames add nothing; a screen seen before is shown from its
    /// first place in the strip; rows are drawn once however often they appear.
    @Test func framesAndRowsAreShared() {
        var a = Canvas(width: 10, height: 3)
        var b = a
        a.write("A", x: 0, y: 0)
        b.write("B", x: 0, y: 0)
        for row in 1..<3 {
            a.write("same", x: 0, y: row)
            b.write("same", x: 0, y: row)
        }
        var svg = SVGRecording(width: 10, height: 3, title: "t")
        for (index, canvas) in [a, a, a, b, b, a, b].enumerated() { svg.frame(canvas, atMilliseconds: index * 50) }
        let bytes = svg.document(endingAt: 1000)
        let output = text(bytes)
        expectWellFormed(bytes)
        #expect(SVGTextLayer.screens(in: bytes) == [a.lines, b.lines])
        #expect(output.components(separatedBy: "<g id=").count - 1 == 3, "rows: A, B, same")
        #expect(output.components(separatedBy: ">same<").count - 1 == 1)
        let keyframes = SVGAnimation.keyframes(in: output)
        #expect(keyframes.map(\.percent) == [0, 15, 25, 30, 100])
        #expect(keyframes.map(\.offset) == [0, 54, 0, 54, 54])
    }

    /// Assets/recordings.json's heap demo, as SVG: small enough for a README.
    @Test func heapDemoIsUnderOneMegabyte() throws {
        for capabilities in [DisplayCapabilities.full, DisplayCapabilities(color: false, unicode: false)] {
            let demo = try SVGRecordingDriver.heapDemo(capabilities: capabilities)
            #expect(demo.svg.count < 1_000_000, "\(demo.svg.count) bytes")
            expectWellFormed(demo.svg)
        }
    }
}

/// The `@keyframes` of an SVG that `SVGRecording` wrote.
enum SVGAnimation {
    /// Each keyframe's percentage and the strip's upward offset in px.
    static func keyframes(in svg: String) -> [(percent: Double, offset: Int)] {
        guard let start = svg.firstRange(of: "@keyframes strip{") else { return [] }
        var result: [(Double, Int)] = []
        var rest = svg[start.upperBound...]
        while let percentEnd = rest.firstIndex(of: "%"), let open = rest.firstRange(of: "translateY("),
            let close = rest[open.upperBound...].firstRange(of: "px)}")
        {
            let percent = Double(rest[..<percentEnd]) ?? -1
            let offset = -(Int(rest[open.upperBound..<close.lowerBound]) ?? 1)
            result.append((percent, offset))
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}") { break }
        }
        return result
    }
}
