import StepvizRender

/// A backend that keeps the frames it is given, by reference, so the
/// scripted input can look at what the screen shows while the loop runs.
final class FrameTap: FrameBackend {
    let size: (width: Int, height: Int)
    private(set) var frames: [Canvas] = []

    init(width: Int, height: Int) { size = (width, height) }

    func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        frames.append(frame)
    }

    func finish(atMilliseconds time: Int) throws(RecordingError) {}

    /// The text of the last frame drawn ("" before the first).
    var shown: String { frames.last?.text ?? "" }
}
