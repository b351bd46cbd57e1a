/// A live session recorded as it is driven (`watch --record`, `stepviz
/// --record`): the frames the screen shows, at the real elapsed time, a
/// marker per operation, a resize event when the terminal changes size.
/// Every line goes to the file in one write as it happens, so a session
/// ended by Ctrl-C, SIGTERM or a crash still leaves a playable recording.
///
/// A class: it is one open file, shared by the loop that draws.
///
///     let recording = try LiveRecording(path: "me.cast", title: "stepviz heap")
///     recording.frame(canvas, playbacks: app.playbacks, atMilliseconds: 120)
///     recording.finish(atMilliseconds: 5000)
public final class LiveRecording {
    private let file: OutputFile
    private let title: String
    /// Made at the first frame, whose size the header gives.
    private var writer: AsciicastWriter?
    private var encoder = AnsiFrameEncoder()
    private var marks = OperationMarks()
    /// The first write that failed; the session goes on, the error is told after.
    public private(set) var failure: RecordingError?

    /// Opens the file (before the screen opens, so a bad path is an error
    /// first); the header follows with the first frame, which knows the size.
    public init(path: String, title: String) throws(RecordingError) {
        file = try OutputFile(path: path)
        self.title = title
    }

    /// The frame now on screen, and a marker for each operation passed.
    public func frame(_ canvas: Canvas, playbacks: [any PanelPlaying], atMilliseconds time: Int) {
        let labels = marks.passed(in: playbacks)
        if writer == nil {
            do {
                writer = try AsciicastWriter(file: file, width: canvas.width, height: canvas.height, title: title)
            } catch {
                failure = error
            }
        }
        attempt { (writer: inout AsciicastWriter) throws(RecordingError) in
            for label in labels { try writer.marker(label, atMilliseconds: time) }
            let data = encoder.encode(canvas, fullRepaint: !labels.isEmpty)
            if !data.isEmpty { try writer.output(data, atMilliseconds: time) }
        }
    }

    /// The terminal changed size: players resize, the next frame paints whole.
    public func resized(width: Int, height: Int, atMilliseconds time: Int) {
        attempt { (writer: inout AsciicastWriter) throws(RecordingError) in try writer.resize(width: width, height: height, atMilliseconds: time) }
    }

    /// Ends the recording: the terminal reset, then the file closed.
    public func finish(atMilliseconds time: Int) {
        attempt { (writer: inout AsciicastWriter) throws(RecordingError) in try writer.output(AnsiFrameEncoder.finish, atMilliseconds: time) }
        file.close()
    }

    private func attempt(_ body: (inout AsciicastWriter) throws(RecordingError) -> Void) {
        guard failure == nil, var current = writer else { return }
        do {
            try body(&current)
        } catch {
            failure = error
        }
        writer = current
    }
}
