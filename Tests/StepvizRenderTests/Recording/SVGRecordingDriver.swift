import StepvizEvents
import StepvizRender

/// Plays a watch screen into an `SVGRecording` exactly as `Recorder.record`
/// plays it into an asciicast (same virtual clock, same frames, a marker per
/// operation, the same final hold), so the tests can hold the two to the
/// same timing. Once the Recorder drives any frame sink, this goes.
enum SVGRecordingDriver {
    struct Result {
        var svg: [UInt8]
        /// Every frame rendered, with its time.
        var frames: [(time: Int, canvas: Canvas)]
        var end: Int
    }

    static func record<Source, Panel>(_ app: inout WatchApp<Source, Panel>, width: Int, height: Int, title: String) -> Result {
        var svg = SVGRecording(width: width, height: height, title: title)
        var frames: [(Int, Canvas)] = []
        var time = 0
        var lastOperation: Int? = nil
        while frames.count < Recorder.maximumFrames {
            if let operation = app.currentOperation, operation != lastOperation {
                let labels = app.timeline.source.operationLabels
                for passed in ((lastOperation ?? -1) + 1)...operation {
                    svg.marker("op \(passed + 1): \(labels[passed])", atMilliseconds: time)
                }
                lastOperation = operation
            }
            let canvas = app.view(width: width, height: height)
            svg.frame(canvas, atMilliseconds: time)
            frames.append((time, canvas))
            guard app.wantsTicks else { break }
            _ = app.update(.tick(milliseconds: Recorder.frameInterval))
            time += Recorder.frameInterval
        }
        let end = time + Recorder.finalHold
        return Result(svg: svg.finish(atMilliseconds: end), frames: frames, end: end)
    }

    /// `stepviz record heap --seed 1 --size 80x24` (Assets/recordings.json's
    /// heap-demo): the demo's first operations at speed 3.
    static func heapDemo(capabilities: DisplayCapabilities = .full, size: (Int, Int) = (80, 24)) -> Result {
        var app = WatchApp<HeapScene, HeapPanel>(seed: 1, speed: 3, paused: false, capabilities: capabilities) {
            HeapScene(demoSeed: $0, limit: HeapDemoScript.eventRunLength)
        }
        return record(&app, width: size.0, height: size.1, title: "stepviz heap")
    }
}
