/// Why `runForever` returned.
public enum LoopRunEnd: Equatable, Sendable {
    /// `stop()` was called (by a callback, or by run_until_complete's future).
    case stopped
    /// Nothing could ever happen again: no callback ready, no timer, no I/O
    /// in flight. asyncio would block in `select` for ever; a virtual loop
    /// returns instead.
    case idle
    /// The selector failed (the message names the system call).
    case failed(String)
}
