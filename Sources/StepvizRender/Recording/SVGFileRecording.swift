/// A recording written as SVG: the animated film strip of every distinct
/// screen, or, with `still`, one frame of it (what a README or a slide
/// embeds). The file is opened before anything is recorded, so an
/// unwritable path fails first, and written whole at the end.
///
///     var svg = try SVGFileRecording(path: "heap.svg", width: 80, height: 24, title: "stepviz heap", still: .last)
///     try Recorder.record(&screen, width: 80, height: 24, to: &svg)
public struct SVGFileRecording: RecordingSink {
    /// Which frame a still shows.
    public enum Still: Hashable, Sendable {
        /// The frame with this number, counting from 0 (the last one when
        /// the recording has fewer).
        case frame(Int)
        case last
    }

    private let file: OutputFile
    private var animation: SVGRecording
    private let still: Still?
    private var chosen: Canvas?
    private var frames = 0

    public init(path: String, width: Int, height: Int, title: String, still: Still? = nil) throws(RecordingError) {
        file = try OutputFile(path: path)
        animation = SVGRecording(width: width, height: height, title: title)
        self.still = still
    }

    public mutating func frame(_ canvas: Canvas, chapter: Bool, atMilliseconds time: Int) throws(RecordingError) {
        defer { frames += 1 }
        switch still {
        case nil: animation.frame(canvas, atMilliseconds: time)
        case .last: chosen = canvas
        case .frame(let number): if frames <= number { chosen = canvas }
        }
    }

    public mutating func marker(_ label: String, atMilliseconds time: Int) throws(RecordingError) {
        animation.marker(label, atMilliseconds: time)
    }

    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        defer { file.close() }
        if still != nil, let chosen {
            try file.write(SVGRecording.still(chosen, title: animation.title))
        } else {
            try file.write(animation.document(endingAt: time))
        }
    }
}
