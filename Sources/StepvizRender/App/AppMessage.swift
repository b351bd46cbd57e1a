/// What the outside world tells an app: a key, time passing, or a new size.
/// Time is a message, so an app never sleeps and its updates stay testable.
public enum AppMessage: Hashable, Sendable {
    case key(Key)
    /// This many milliseconds passed since the last tick (a virtual clock in
    /// recordings and tests, the monotonic clock on a live terminal).
    case tick(milliseconds: Int)
    case resize(width: Int, height: Int)
}
