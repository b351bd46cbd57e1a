import StepvizEvents
import StepvizRender
import StepvizTestSupport

/// Records a screen through the real ``Recorder`` into an ``SVGRecording``,
/// keeping every frame with its time, so the tests can hold the SVG to the
/// frames and to the cast's timing.
enum SVGRecordingDriver {
    struct Result {
        var svg: [UInt8]
        /// Every frame rendered, with its time.
        var frames: [(time: Int, canvas: Canvas)]
        var end: Int
    }

    /// A sink that keeps every frame and builds the animation in memory.
    private struct Collector: FrameBackend {
        var svg: SVGRecording
        var frames: [(time: Int, canvas: Canvas)] = []
        var end = 0

        var size: (width: Int, height: Int) { (svg.width, svg.height) }

        mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) {
            for mark in marks { svg.marker(mark, atMilliseconds: time) }
            svg.frame(frame, atMilliseconds: time)
            frames.append((time, frame))
        }

        mutating func finish(atMilliseconds time: Int) { end = time }
    }

    static func record(_ app: inout PlaybackScreen, width: Int, height: Int, title: String) throws -> Result {
        var collector = Collector(svg: SVGRecording(width: width, height: height, title: title))
        try Recorder.record(&app, to: &collector)
        return Result(svg: collector.svg.document(endingAt: collector.end), frames: collector.frames, end: collector.end)
    }

    /// `stepviz record heap --seed 1 --size 80x24` (Assets/recordings.json's
    /// heap-demo): the demo's first operations at speed 3.
    static func heapDemo(capabilities: DisplayCapabilities = .full, size: (Int, Int) = (80, 24)) throws -> Result {
        var app = try PanelScreens.make("heap", EventRunOptions(seed: 1), paused: false, capabilities: capabilities)
        return try record(&app, width: size.0, height: size.1, title: "stepviz heap")
    }
}
