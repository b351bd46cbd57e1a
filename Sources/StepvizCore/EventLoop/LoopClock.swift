/// Where an ``EventLoop`` takes its time from.
public enum LoopClock: Sendable {
    /// The default: time starts at 0 and moves only when nothing is ready
    /// and no loopback I/O is in flight, straight to the next timer, as
    /// asyncio's test loops do. `sleep(2)` then costs nothing and the same
    /// program gives the same times.
    case virtual
    /// The monotonic clock; `select` really waits until the next timer.
    case real
}
