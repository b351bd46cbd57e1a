/// Why a selector refused a request (Python raises KeyError / ValueError /
/// OSError for the same cases).
public enum SelectorError: Error, Equatable, CustomStringConvertible {
    /// `register` of an fd already registered (Python: KeyError).
    case alreadyRegistered(fd: Int32)
    /// `modify` / `unregister` of an fd that is not registered (KeyError).
    case notRegistered(fd: Int32)
    /// An interest that is neither read nor write (ValueError).
    case invalidEvents(fd: Int32, events: Int)
    /// The kernel refused (`epoll_ctl`, `epoll_wait`, `poll`), with errno.
    case system(call: String, errno: Int32)
    /// The selector was closed.
    case closed

    public var description: String {
        switch self {
        case .alreadyRegistered(let fd): "fd \(fd) is already registered"
        case .notRegistered(let fd): "fd \(fd) is not registered"
        case .invalidEvents(let fd, let events): "invalid events \(events) for fd \(fd)"
        case .system(let call, let errno): "\(call) failed: errno \(errno)"
        case .closed: "the selector is closed"
        }
    }
}
