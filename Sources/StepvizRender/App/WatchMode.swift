/// What the keyboard is doing in the watch screen.
public enum WatchMode: Hashable, Sendable {
    /// Keys control the player.
    case playing
    /// Keys edit an operation typed after `:`.
    case prompt(String)
    /// The help overlay is open.
    case help
}
