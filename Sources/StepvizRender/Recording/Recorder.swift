/// Records a screen headlessly: the ``FrameDriver`` of the live screen,
/// driven by a virtual clock instead of the wall clock, its frames given to
/// a backend (asciicast, SVG, plain text). Same arguments, same bytes.
///
///     var screen = PlaybackScreen(playback: ..., capabilities: .full)
///     var cast = AsciicastRecording(writer: try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap"))
///     let frames = try Recorder.record(&screen, to: &cast)
public enum Recorder {
    /// Virtual milliseconds between frames (20 frames a second).
    public static let frameInterval = 50
    /// How long the last frame stays before the recording ends.
    public static let finalHold = 1500
    /// A bound on frames, so a run that never settles still ends.
    public static let maximumFrames = 200_000

    /// Plays `app` from where it is until it stops (paused at the end, its
    /// animation settled), or for `duration` virtual milliseconds when
    /// given, drawing every frame on `backend` at its size with one marker
    /// per library operation of each panel (naming the panel when there are
    /// several), then finishes it. With `keys`, each word is pressed one
    /// interval after the last (the first one interval in), and the
    /// recording lasts until the last has been pressed and played out.
    /// Returns the number of frames rendered.
    @discardableResult
    public static func record<App: TerminalApp, Backend: FrameBackend>(
        _ app: inout App, duration: Int? = nil, keys: KeyScript? = nil, to backend: inout Backend
    ) throws(RecordingError) -> Int {
        var time = 0
        var driver = FrameDriver()
        var frames = 0
        var words = keys?.words[...] ?? []
        var nextWordAt = keys?.interval ?? 0
        while frames < maximumFrames {
            while let word = words.first, time >= nextWordAt {
                for key in word { app.updateInline(.key(key)) }
                words.removeFirst()
                nextWordAt += keys?.interval ?? 0
            }
            try driver.draw(app, to: &backend, atMilliseconds: time)
            frames += 1
            guard app.wantsTicks || !words.isEmpty, time + frameInterval <= duration ?? Int.max else { break }
            app.updateInline(.tick(milliseconds: frameInterval))
            time += frameInterval
        }
        try backend.finish(atMilliseconds: time + finalHold)
        return frames
    }
}
