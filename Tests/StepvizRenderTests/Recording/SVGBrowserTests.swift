import Foundation
import StepvizRender
import StepvizTestSupport
import Testing

/// The still SVGs as a reader sees them: rendered by a real browser
/// (headless Chromium, which CI installs), screenshotted and decoded.
/// `STEPVIZ_SVG_SCREENSHOTS=DIR` keeps the PNGs there for a look.
@Suite struct SVGBrowserTests {
    func render(_ canvas: Canvas, named name: String) throws -> HeadlessChromium.Image {
        let svg = SVGRecording.still(canvas, title: "stepviz heap")
        // The text layer holds the frame's characters, the same check as the golden frames.
        #expect(SVGTextLayer.lines(in: svg) == canvas.lines)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stepviz-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let svgURL = directory.appendingPathComponent("\(name).svg")
        let png = directory.appendingPathComponent("\(name).png")
        try Data(svg).write(to: svgURL)
        let width = canvas.width * SVGTheme.cellWidth + 2 * SVGTheme.padding
        let height = canvas.height * SVGTheme.cellHeight + 2 * SVGTheme.padding
        try HeadlessChromium.screenshot(svgURL, to: png, width: width, height: height)
        if let keep = ProcessInfo.processInfo.environment["STEPVIZ_SVG_SCREENSHOTS"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: "\(keep)/\(name).png")
            try FileManager.default.copyItem(atPath: png.path, toPath: "\(keep)/\(name).png")
        }
        // (2, 200): the margin; (10, 10): the title bar, left of its first letter.
        let image = try HeadlessChromium.inspect(png, samples: [(2, 200), (10, 10)])
        #expect(image.width == width && image.height == height, "screenshot \(image.width)x\(image.height)")
        #expect(image.samples.first == SVGTheme.background, "the margin is the theme's background")
        // Not blank: mostly background, but text and lines in many shades (anti-aliasing included).
        #expect(image.commonestShare < 0.95, "one colour covers \(image.commonestShare) of the image")
        #expect(image.distinctColors > 20, "only \(image.distinctColors) colours")
        return image
    }

    @Test func heapStillInColour() throws {
        var app = try HeapApps.paused()
        app.press(.right, times: 5)
        app.settle()
        let image = try render(app.view(width: 80, height: 24), named: "heap-colour")
        #expect(image.samples.last == SVGTheme.ansi[Int(Color.cyan.rawValue)], "the title bar is reverse cyan")
    }

    /// NO_COLOR and ASCII: the monochrome look, highlights by attributes only.
    @Test func heapStillMonochromeASCII() throws {
        var app = try HeapApps.paused(capabilities: DisplayCapabilities(color: false, unicode: false))
        app.press(.right, times: 5)
        app.settle()
        let canvas = app.view(width: 80, height: 24)
        #expect(!canvas.text.contains("─"))
        let image = try render(canvas, named: "heap-monochrome-ascii")
        #expect(image.samples.last == SVGTheme.foreground, "the title bar is reverse video of the default colours")
    }
}
