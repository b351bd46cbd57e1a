/// What an update asks of the loop.
public enum AppCommand: Hashable, Sendable {
    case none
    case quit
}
