/// Records a screen headlessly: the same app, driven by a virtual clock
/// instead of the wall clock, its frames handed to a sink (asciicast or
/// SVG). Same arguments, same bytes.
///
///     var screen = PlaybackScreen(playback: ..., capabilities: .full)
///     var cast = AsciicastRecording(writer: try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap"))
///     let frames = try Recorder.record(&screen, width: 80, height: 24, to: &cast)
public enum Recorder {
    /// Virtual milliseconds between frames (20 frames a second).
    public static let frameInterval = 50
    /// How long the last frame stays before the recording ends.
    public static let finalHold = 1500
    /// A bound on frames, so a run that never settles still ends.
    public static let maximumFrames = 200_000

    /// Plays `app` from where it is until it stops (paused at the end, its
    /// animation settled), or for `duration` virtual milliseconds when
    /// given, giving every frame to `sink` with one marker per library
    /// operation of each panel (naming the panel when there are several).
    /// With `keys`, each word is pressed one interval after the last (the
    /// first one interval in), and the recording lasts until the last has
    /// been pressed and played out. Returns the number of frames rendered.
    @discardableResult
    public static func record<App: TerminalApp, Sink: RecordingSink>(
        _ app: inout App, width: Int, height: Int, duration: Int? = nil, keys: KeyScript? = nil, to sink: inout Sink
    ) throws(RecordingError) -> Int {
        var time = 0
        var marks = OperationMarks()
        var frames = 0
        var words = keys?.words[...] ?? []
        var nextWordAt = keys?.interval ?? 0
        while frames < maximumFrames {
            while let word = words.first, time >= nextWordAt {
                for key in word { app.updateInline(.key(key)) }
                words.removeFirst()
                nextWordAt += keys?.interval ?? 0
            }
            let labels = marks.passed(in: app.playbacks)
            for label in labels { try sink.marker(label, atMilliseconds: time) }
            try sink.frame(app.view(width: width, height: height), chapter: !labels.isEmpty, atMilliseconds: time)
            frames += 1
            guard app.wantsTicks || !words.isEmpty, time + frameInterval <= duration ?? Int.max else { break }
            app.updateInline(.tick(milliseconds: frameInterval))
            time += frameInterval
        }
        try sink.finish(atMilliseconds: time + finalHold)
        return frames
    }
}
