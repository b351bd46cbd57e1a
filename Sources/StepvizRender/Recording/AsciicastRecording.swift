/// A recording as asciicast v2: each frame diffed against the last into
/// terminal output, a full paint at every chapter (players seek by
/// replaying output, so a full paint now and then keeps seeking cheap).
///
///     var cast = AsciicastRecording(writer: try AsciicastWriter(path: "heap.cast", width: 80, height: 24, title: "stepviz heap"))
///     try Recorder.record(&screen, width: 80, height: 24, to: &cast)
public struct AsciicastRecording: RecordingSink {
    private var writer: AsciicastWriter
    private var encoder = AnsiFrameEncoder()
    /// Output bytes so far (the bench's bytes per frame).
    public private(set) var outputBytes = 0

    public init(writer: AsciicastWriter) { self.writer = writer }

    public mutating func frame(_ canvas: Canvas, chapter: Bool, atMilliseconds time: Int) throws(RecordingError) {
        let data = encoder.encode(canvas, fullRepaint: chapter)
        guard !data.isEmpty else { return }
        outputBytes += data.utf8.count
        try writer.output(data, atMilliseconds: time)
    }

    public mutating func marker(_ label: String, atMilliseconds time: Int) throws(RecordingError) {
        try writer.marker(label, atMilliseconds: time)
    }

    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        defer { writer.close() }
        try writer.output(AnsiFrameEncoder.finish, atMilliseconds: time)
    }
}
