import StepvizEvents

/// The asciicast v2 backend: each frame diffed against the last into
/// terminal output, a full paint at every chapter (players seek by
/// replaying output, so a full paint now and then keeps seeking cheap), a
/// marker per operation, a resize event when the frames change size.
///
/// Every line goes to the file in one write as it happens, so a recording
/// ended by Ctrl-C, SIGTERM or a crash still plays. After a write fails it
/// writes nothing more (no half-written line is ever followed by another)
/// and only closes the file at the end.
///
///     var cast = AsciicastRecording(writer: try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap"))
///     try Recorder.record(&screen, to: &cast)
///
///     var live = try AsciicastRecording(path: "me.cast", title: "stepviz heap")   // header with the first frame
public struct AsciicastRecording: FrameBackend {
    private let file: OutputFile
    private let title: String
    /// Made at the first frame when the size was not known up front.
    private var writer: AsciicastWriter?
    private var encoder = AnsiFrameEncoder()
    private var failure: RecordingError?
    /// The size of the last frame (the header's before any).
    public private(set) var size: (width: Int, height: Int)
    /// Output bytes so far (the bench's bytes per frame).
    public private(set) var outputBytes = 0

    /// Records into a writer whose header (and size) is written.
    public init(writer: AsciicastWriter) {
        file = writer.file
        title = ""
        self.writer = writer
        size = (writer.width, writer.height)
    }

    /// Opens `path` now, so a bad path is an error before anything runs (a
    /// live screen opens after it); the header follows with the first
    /// frame, whose size it gives, as a terminal's size is known only then.
    public init(path: String, title: String) throws(RecordingError) {
        file = try OutputFile.recording(at: path)
        self.title = title
        size = (0, 0)
    }

    public mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        if let failure { throw failure }
        do {
            var writer: AsciicastWriter
            if let known = self.writer {
                writer = known
                if size != (frame.width, frame.height) {
                    try writer.resize(width: frame.width, height: frame.height, atMilliseconds: time)
                }
            } else {
                writer = try AsciicastWriter(file: file, width: frame.width, height: frame.height, title: title)
            }
            size = (frame.width, frame.height)
            defer { self.writer = writer }
            for mark in marks { try writer.marker(mark, atMilliseconds: time) }
            let data = encoder.encode(frame, fullRepaint: !marks.isEmpty)
            guard !data.isEmpty else { return }
            outputBytes += data.utf8.count
            try writer.output(data, atMilliseconds: time)
        } catch {
            failure = error
            throw error
        }
    }

    /// Gives the player's terminal back (attributes reset, cursor shown) and
    /// closes the file; after a failed write, only closes it.
    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        defer { file.close() }
        guard failure == nil, var writer else { return }
        try writer.output(AnsiFrameEncoder.finish, atMilliseconds: time)
    }
}
