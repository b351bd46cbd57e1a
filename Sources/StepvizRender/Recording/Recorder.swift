/// Records a watch screen headlessly: the same app, driven by a virtual
/// clock instead of the wall clock, its frames diffed into an asciicast.
/// Same arguments, same bytes.
///
///     var app = WatchApp(...)
///     var cast = try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap")
///     let frames = try Recorder.record(&app, width: 80, height: 24, to: &cast)
public enum Recorder {
    /// Virtual milliseconds between frames (20 frames a second).
    public static let frameInterval = 50
    /// How long the last frame stays before the recording ends.
    public static let finalHold = 1500
    /// A bound on frames, so a run that never settles still ends.
    public static let maximumFrames = 200_000

    /// Plays `app` from where it is until it stops (paused at the end, its
    /// animation settled), writing every changed frame and one marker per
    /// library operation. Returns the number of frames rendered.
    @discardableResult
    public static func record<Source, Panel>(
        _ app: inout WatchApp<Source, Panel>, width: Int, height: Int, to cast: inout AsciicastWriter
    ) throws(AsciicastError) -> Int {
        var encoder = AnsiFrameEncoder()
        var time = 0
        var lastOperation: Int? = nil
        var frames = 0
        while frames < maximumFrames {
            var repaint = false
            if let operation = app.currentOperation, operation != lastOperation {
                // A frame can pass over short operations at high speed: each
                // still gets its marker, at the time of the frame that passed it.
                let labels = app.timeline.source.operationLabels
                for passed in ((lastOperation ?? -1) + 1)...operation {
                    try cast.marker("op \(passed + 1): \(labels[passed])", atMilliseconds: time)
                }
                lastOperation = operation
                repaint = true  // a full paint at each chapter keeps seeking cheap
            }
            let data = encoder.encode(app.view(width: width, height: height), fullRepaint: repaint)
            frames += 1
            if !data.isEmpty { try cast.output(data, atMilliseconds: time) }
            guard app.wantsTicks else { break }
            _ = app.update(.tick(milliseconds: frameInterval))
            time += frameInterval
        }
        try cast.output(AnsiFrameEncoder.finish, atMilliseconds: time + finalHold)
        return frames
    }
}
