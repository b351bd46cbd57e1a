import StepvizEvents

/// Frames as plain text, for tests and dumps: each frame that differs from
/// the one before, under a line giving its time and the operations that
/// start with it, its rows without styles and without trailing blanks.
/// Into a file (one write per frame) when given one, else kept in `text`.
///
///     var plain = PlainTextBackend(width: 20, height: 2)
///     try Recorder.record(&screen, to: &plain)
///     plain.text   // "@0.000 op 1: push 3\nheap\n\n@0.050\n..."
///
/// - Complexity: O(width × height) per frame.
public struct PlainTextBackend: FrameBackend {
    public let size: (width: Int, height: Int)
    private let file: OutputFile?
    private var previous: Canvas?
    /// Everything drawn so far, when there is no file.
    public private(set) var text = ""

    public init(width: Int, height: Int, file: OutputFile? = nil) {
        size = (width, height)
        self.file = file
    }

    public mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        guard frame != previous || !marks.isEmpty else { return }
        previous = frame
        var block = "@\(time / 1000).\(String(time % 1000 + 1000).dropFirst())"
        if !marks.isEmpty { block += " " + marks.joined(separator: " · ") }
        block += "\n"
        for line in frame.lines {
            block += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        try output(block)
    }

    /// Nothing follows the last frame; a file is closed.
    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        file?.close()
    }

    private mutating func output(_ block: String) throws(RecordingError) {
        guard let file else {
            text += block
            return
        }
        try file.writeRecording(Array(block.utf8))
    }
}
