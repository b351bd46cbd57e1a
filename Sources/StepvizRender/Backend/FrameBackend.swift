/// Where frames go out: the one place that talks to a terminal or a file
/// (the curses screen, an asciicast or SVG file, plain text). A driver
/// (``FrameDriver``) asks for the size, draws each frame of an app there,
/// and finishes; every backend sees the same frames at the same times, as
/// ratatui's `Backend` does for its terminals.
///
///     var cast = AsciicastRecording(writer: try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap"))
///     try cast.draw(frame, marks: ["op 1: push 3"], atMilliseconds: 0)
///     try cast.finish(atMilliseconds: 1500)
public protocol FrameBackend {
    /// The size, in cells, the next frame is drawn at.
    var size: (width: Int, height: Int) { get }
    /// Shows `frame` from `time` (milliseconds since the start) on. `marks`
    /// label the library operations that start with it (a recording's
    /// chapters); empty for most frames.
    mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError)
    /// Ends the output at `time` (the terminal given back, the file
    /// completed and closed); nothing is drawn after.
    mutating func finish(atMilliseconds time: Int) throws(RecordingError)
}
