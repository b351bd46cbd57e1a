import StepvizEvents

/// A recording written as SVG: the animated film strip of every distinct
/// screen, or, with `still`, one frame of it (what a README or a slide
/// embeds). The file is opened before anything is recorded, so an
/// unwritable path fails first, and written whole at the end.
///
///     var svg = try SVGFileRecording(path: "heap.svg", width: 80, height: 24, title: "stepviz heap", still: .last)
///     try Recorder.record(&screen, to: &svg)
public struct SVGFileRecording: FrameBackend {
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
        file = try OutputFile.recording(at: path)
        animation = SVGRecording(width: width, height: height, title: title)
        self.still = still
    }

    public var size: (width: Int, height: Int) { (animation.width, animation.height) }

    /// Keeps the frame (in the film strip, or as the still's candidate);
    /// `marks` go into the SVG's `<desc>`.
    public mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        for mark in marks { animation.marker(mark, atMilliseconds: time) }
        defer { frames += 1 }
        switch still {
        case nil: animation.frame(frame, atMilliseconds: time)
        case .last: chosen = frame
        case .frame(let number): if frames <= number { chosen = frame }
        }
    }

    /// Writes the whole document (the file was opened up front) and closes it.

    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        defer { file.close() }
        if still != nil, let chosen {
            try file.writeRecording(SVGRecording.still(chosen, title: animation.title))
        } else {
            try file.writeRecording(animation.document(endingAt: time))
        }
    }
}
