/// Feeds the frames of a ``TerminalApp`` to a backend: each frame drawn at
/// the backend's size, with a mark for every library operation the cursor
/// has passed since the last frame. The live terminal loop drives it on the
/// monotonic clock, ``Recorder`` on a virtual one; a ``MirroredBackend``
/// gives one driver two outputs (`watch --record`).
///
///     var driver = FrameDriver()
///     try driver.draw(app, to: &cast, atMilliseconds: 0)   // marks "op 1: …" as op 1 starts
///     try cast.finish(atMilliseconds: 1500)
public struct FrameDriver {
    private var marks = OperationMarks()

    public init() {}

    /// Draws `app`'s frame at `backend`'s size from `time` on, marking the
    /// operations passed. Returns the frame.
    ///
    /// - Complexity: the app's `view`, plus O(panels) for the marks, plus
    ///   what the backend does with the frame.
    @discardableResult
    public mutating func draw(
        _ app: some TerminalApp, to backend: inout some FrameBackend, atMilliseconds time: Int
    ) throws(RecordingError) -> Canvas {
        let labels = marks.passed(in: app.playbacks)
        let size = backend.size
        let frame = app.view(width: size.width, height: size.height)
        try backend.draw(frame, marks: labels, atMilliseconds: time)
        return frame
    }
}
