/// What can happen to the player: keys, already decoded, and time.
public enum PlayerMessage: Hashable, Sendable {
    case togglePlay
    /// Plays or pauses (the dashboard's one clock sets every panel alike).
    case setPlaying(Bool)
    case stepForward
    case stepBack
    case first
    case last
    case faster
    case slower
    /// Jumps to a position and pauses there (the prompt's new operation).
    case seek(Int)
    /// Time passed, in milliseconds.
    case tick(Int)
}
