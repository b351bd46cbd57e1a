/// Where a headless recording's frames go: an asciicast (diffed terminal
/// output) or an animated SVG. The recorder calls it for every frame on the
/// virtual clock, so every format sees the same frames at the same times.
public protocol RecordingSink {
    /// One frame at `time` (virtual milliseconds from the start); `chapter`
    /// when an operation starts there.
    mutating func frame(_ canvas: Canvas, chapter: Bool, atMilliseconds time: Int) throws(RecordingError)
    /// A marker (a chapter: one per library operation).
    mutating func marker(_ label: String, atMilliseconds time: Int) throws(RecordingError)
    /// The recording ends at `time`; nothing follows.
    mutating func finish(atMilliseconds time: Int) throws(RecordingError)
}
