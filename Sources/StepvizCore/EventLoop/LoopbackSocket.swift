import CEpoll

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A non-blocking TCP socket on 127.0.0.1 that belongs to an
/// ``EventLoop``: a listener, a connection it accepted, or a client that
/// connected. Calls that would block return nil instead (Python raises
/// BlockingIOError); calls that fail throw a ``SocketError`` (a refused
/// connection, a reset), never trap.
///
///     let listener = try LoopbackSocket.listen(on: loop, label: "server")
///     let client = try LoopbackSocket.connect(on: loop, to: listener.localPort, label: "client 1")
///     _ = try client.send(Array("hi\n".utf8))
///
/// The loop knows both ends of its own connections, so it knows which bytes
/// and which ends of stream are on their way; a virtual clock waits for the
/// kernel to show them before it moves (see ``EventLoop``).
public final class LoopbackSocket {
    /// What the socket is.
    public enum Role: String, Sendable {
        /// A listening socket (`listen()`), whose readiness means a connection to accept.
        case listener
        /// A connection `accept()` returned.
        case accepted
        /// A socket that `connect()`ed to a listener.
        case client
    }

    /// The descriptor; -1 once closed.
    public private(set) var fd: Int32
    /// Whether it listens, was accepted, or connected as a client.
    public let role: Role
    /// What the program calls it ("server", "client 2").
    public let label: String
    /// The local port (ephemeral for clients and listeners bound to 0).
    public let localPort: UInt16
    /// The peer's port; 0 for a listener.
    public let peerPort: UInt16
    /// A client whose connect the kernel has not finished yet.
    public internal(set) var isConnecting: Bool
    @usableFromInline
    internal let _link: _LoopLink
    /// The loop, nil once it is gone.
    @usableFromInline
    internal var _loop: EventLoop? { _link.loop }

    internal init(fd: Int32, role: Role, label: String, localPort: UInt16, peerPort: UInt16, connecting: Bool, loop: EventLoop) {
        self.fd = fd
        self.role = role
        self.label = label
        self.localPort = localPort
        self.peerPort = peerPort
        self.isConnecting = connecting
        self._link = loop._link
    }

    deinit { _closeQuietly() }

    /// Whether `close()` has run.
    public var isClosed: Bool { fd < 0 }

    /// The key of this end in the loop's expectations.
    @usableFromInline
    internal var _portsKey: UInt32 { _LoopbackExpectation.key(local: localPort, peer: peerPort) }

    /// A listening socket on 127.0.0.1 (`port` 0: an ephemeral port).
    ///
    /// - Complexity: O(1); socket, setsockopt, bind, listen.
    public static func listen(on loop: EventLoop, port: UInt16 = 0, backlog: Int32 = 64, label: String = "server") throws(SocketError)
        -> LoopbackSocket
    {
        let fd = try _newSocket()
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = _address(port: port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, backlog) == 0 else {
            let error = SocketError(operation: bound == 0 ? "listen" : "bind", errno: errno)
            _ = Glibc.close(fd)
            throw error
        }
        let socket = LoopbackSocket(
            fd: fd, role: .listener, label: label, localPort: _port(of: fd, peer: false),
            peerPort: 0, connecting: false, loop: loop)
        loop._adopt(socket)
        return socket
    }

    /// Starts a non-blocking connect to 127.0.0.1:`port`. A refusal the
    /// kernel reports at once throws; a later one shows in
    /// ``connectionError()`` once the socket is writable.
    ///
    /// - Complexity: O(1); socket, connect, getsockname.
    public static func connect(on loop: EventLoop, to port: UInt16, label: String) throws(SocketError) -> LoopbackSocket {
        let fd = try _newSocket()
        var address = _address(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let connecting = result != 0 && errno == EINPROGRESS
        if result != 0, !connecting {
            let error = SocketError(operation: "connect", errno: errno)
            _ = Glibc.close(fd)
            throw error
        }
        let socket = LoopbackSocket(
            fd: fd, role: .client, label: label, localPort: _port(of: fd, peer: false),
            peerPort: port, connecting: connecting, loop: loop)
        loop._adopt(socket)
        loop._expectConnection(to: port)
        return socket
    }

    /// Accepts a pending connection (non-blocking), or nil when none is
    /// waiting.
    ///
    /// - Complexity: O(1); accept4, getpeername.
    public func accept(label: String) throws(SocketError) -> LoopbackSocket? {
        guard fd >= 0 else { throw SocketError(operation: "accept", errno: EBADF) }
        let connection = stepviz_accept_nonblocking(fd)
        if connection < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return nil }
            let error = SocketError(operation: "accept", errno: errno)
            _loop?._emit(.socketFailed(fd: fd, operation: "accept", error: error.description))
            throw error
        }
        var one: Int32 = 1
        _ = setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let socket = LoopbackSocket(
            fd: connection, role: .accepted, label: label, localPort: localPort,
            peerPort: LoopbackSocket._port(of: connection, peer: true), connecting: false, loop: _loop!)
        _loop?._accepted(socket, by: self)
        return socket
    }

    /// Sends what the kernel takes of `bytes` now: the count, or nil when
    /// the send buffer is full.
    ///
    /// - Complexity: O(*n*); one send.
    public func send(_ bytes: [UInt8]) throws(SocketError) -> Int? {
        guard fd >= 0 else { throw SocketError(operation: "send", errno: EBADF) }
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return nil }
            let error = SocketError(operation: "send", errno: errno)
            _loop?._emit(.socketFailed(fd: fd, operation: "send", error: error.description))
            throw error
        }
        _loop?._sent(sent == bytes.count ? bytes : Array(bytes[0..<sent]), by: self)
        return sent
    }

    /// Receives up to `maxCount` bytes: empty at the end of the stream, nil
    /// when nothing is there yet.
    ///
    /// - Complexity: O(*n*); one recv.
    public func recv(_ maxCount: Int) throws(SocketError) -> [UInt8]? {
        guard fd >= 0 else { throw SocketError(operation: "recv", errno: EBADF) }
        var buffer = [UInt8](repeating: 0, count: Swift.max(maxCount, 1))
        let count = buffer.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, maxCount, 0) }
        if count < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return nil }
            let error = SocketError(operation: "recv", errno: errno)
            _loop?._failed(self, operation: "recv", error)
            throw error
        }
        buffer.removeSubrange(count...)
        _loop?._received(buffer, by: self)
        return buffer
    }

    /// The outcome of a finished connect (SO_ERROR): nil when it connected.
    ///
    /// - Complexity: O(1); one getsockopt.
    public func connectionError() -> SocketError? {
        guard fd >= 0 else { return SocketError(operation: "connect", errno: EBADF) }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 else {
            return SocketError(operation: "connect", errno: errno)
        }
        isConnecting = false
        return error == 0 ? nil : SocketError(operation: "connect", errno: error)
    }

    /// Closes the socket (its reader and writer leave the loop's selector
    /// first, so no registered fd is ever closed). Closing twice is a no-op.
    ///
    /// - Complexity: O(1) plus the selector calls.
    public func close() {
        guard fd >= 0 else { return }
        _loop?._closing(self)
        _ = Glibc.close(fd)
        fd = -1
    }

    /// Closes without telling the loop (it is going away).
    internal func _closeQuietly() {
        if fd >= 0 {
            _ = Glibc.close(fd)
            fd = -1
        }
    }

    private static func _newSocket() throws(SocketError) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError(operation: "socket", errno: errno) }
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    private static func _address(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    private static func _port(of fd: Int32, peer: Bool) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { peer ? getpeername(fd, $0, &length) : getsockname(fd, $0, &length) }
        }
        return result == 0 ? UInt16(bigEndian: address.sin_port) : 0
    }
}
