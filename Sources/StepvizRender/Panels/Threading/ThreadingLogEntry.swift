import StepvizCore

/// One step in the threading panel's log: the library's event and the
/// thread whose turn it was (narrated when drawn, in the glyphs of the
/// screen).
public struct ThreadingLogEntry: Sendable {
    /// The thread whose turn it was.
    public let mover: Int?
    public let event: ThreadingEvent

    /// The sentence, in `glyphs`.
    func sentence(glyphs: Glyphs) -> String { ThreadingNarration.sentence(for: event, mover: mover, glyphs: glyphs) }
}
