import StepvizEvents

/// What a screen asks of one panel's playback: a player message, or
/// something that may need the real library (a line typed at the prompt, a
/// restart, "you schedule"). A playback answers an action with the library
/// work it needs, if any, instead of doing that work inside the update.
public enum PlaybackAction: Hashable, Sendable {
    /// A key or time for the player (it may need the demo to run ahead).
    case player(PlayerMessage)
    /// A `;`-separated line typed at the `:` prompt.
    case line(String)
    /// Start over with the demo of this seed (or the same operations).
    case restart(seed: UInt64)
    /// "You schedule" on or off.
    case handSchedule(Bool)
    /// In "you schedule": one step of this thread.
    case pick(Int)
}
