import StepvizCore

/// One step in the threading panel's log: the library's event, the thread
/// it is about and the thread whose turn it was (narrated when drawn, in
/// the glyphs of the screen).
public struct ThreadingLogEntry: Sendable {
    /// The thread the event is about, nil for a run-wide one (stuck).
    public let thread: Int?
    /// The thread whose turn it was.
    public let mover: Int?
    public let event: ThreadingEvent

    /// The sentence, in `glyphs`.
    func sentence(glyphs: Glyphs) -> String { ThreadingNarration.sentence(for: event, mover: mover, glyphs: glyphs) }
}
