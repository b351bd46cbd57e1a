/// What the keyboard is doing on a screen (one panel or the dashboard).
public enum ScreenMode: Hashable, Sendable {
    /// Keys control the player.
    case playing
    /// Keys edit an operation typed after `:`.
    case prompt(String)
    /// The help overlay is open.
    case help
}
