#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A socket call that failed, with the errno the kernel gave (Python's
/// OSError subclasses: ConnectionRefusedError, ConnectionResetError, ...).
public struct SocketError: Error, Equatable, CustomStringConvertible {
    /// The call: "connect", "accept", "send", "recv", "listen", ...
    public var operation: String
    /// The `errno` the system call failed with.
    public var errno: Int32

    /// The failure of `operation` (`connect`, `recv`, …) with `errno`.
    public init(operation: String, errno: Int32) {
        self.operation = operation
        self.errno = errno
    }

    /// Python's name for the error, as it prints it.
    public var pythonName: String {
        switch errno {
        case ECONNREFUSED: "ConnectionRefusedError"
        case ECONNRESET: "ConnectionResetError"
        case EPIPE: "BrokenPipeError"
        case ECONNABORTED: "ConnectionAbortedError"
        case ETIMEDOUT: "TimeoutError"
        case EBADF: "OSError"
        default: "OSError"
        }
    }

    /// "ConnectionRefusedError: [Errno 111] connect: Connection refused".
    public var description: String {
        "\(pythonName): [Errno \(errno)] \(operation): \(String(cString: strerror(errno)))"
    }
}
