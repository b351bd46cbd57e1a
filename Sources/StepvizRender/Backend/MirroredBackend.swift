/// Two backends fed the same frames (`watch --record`: the curses screen
/// and the asciicast file). The primary is the one shown: its size is the
/// frames' size and its failures end the run. The mirror follows: its
/// first failure is kept and it gets no more frames, so a full disk never
/// stops the screen someone is driving; the caller tells the failure after.
///
///     var both = MirroredBackend(primary: screen, mirror: cast)
///     try both.draw(frame, marks: [], atMilliseconds: 120)
///     try both.finish(atMilliseconds: 5000)
///     both.mirrorFailure    // nil, or the write that failed
public struct MirroredBackend<Primary: FrameBackend, Mirror: FrameBackend>: FrameBackend {
    public private(set) var primary: Primary
    public private(set) var mirror: Mirror
    /// The mirror's first failure; it has been given nothing since.
    public private(set) var mirrorFailure: RecordingError?

    public init(primary: Primary, mirror: Mirror) {
        self.primary = primary
        self.mirror = mirror
    }

    public var size: (width: Int, height: Int) { primary.size }

    public mutating func draw(_ frame: Canvas, marks: [String], atMilliseconds time: Int) throws(RecordingError) {
        try primary.draw(frame, marks: marks, atMilliseconds: time)
        guard mirrorFailure == nil else { return }
        do {
            try mirror.draw(frame, marks: marks, atMilliseconds: time)
        } catch {
            mirrorFailure = error
        }
    }

    /// Finishes both, the primary first (a terminal is given back before a
    /// file is completed), the mirror even when the primary fails.
    public mutating func finish(atMilliseconds time: Int) throws(RecordingError) {
        var primaryFailure: RecordingError?
        do {
            try primary.finish(atMilliseconds: time)
        } catch {
            primaryFailure = error
        }
        do {
            try mirror.finish(atMilliseconds: time)
        } catch {
            mirrorFailure = mirrorFailure ?? error
        }
        if let primaryFailure { throw primaryFailure }
    }
}
