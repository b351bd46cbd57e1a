import StepvizCore

/// One key of the selector's interest list: the descriptor, what it waits
/// for, and its callbacks (`reader accept`, `writer _sock_connect_cb`).
public struct EventLoopInterest: Equatable, Sendable, CustomStringConvertible {
    public var fd: Int32
    public var events: SelectorEvents
    public var callbacks: String

    public init(fd: Int32, events: SelectorEvents, callbacks: String) {
        self.fd = fd
        self.events = events
        self.callbacks = callbacks
    }

    /// `fd 4 read (reader accept)`.
    public var description: String { "fd \(fd) \(events) (\(callbacks))" }
}
