import CEpoll

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loop's own sockets and the I/O in flight between them: every send,
/// close and connect between two of its sockets records what the other end
/// will see, and each receive or accept takes it off again.
extension EventLoop {
    /// The loop's open sockets, by fd.
    public var sockets: [LoopbackSocket] { _sockets.values.sorted { $0.fd < $1.fd } }

    /// Whether loopback I/O this loop started has not been taken in yet
    /// (bytes or an end of stream not yet received, connections not yet
    /// accepted, connects not yet finished).
    public var hasIOInFlight: Bool { !_expectations.isEmpty || _sockets.values.contains { $0.isConnecting } }

    internal func _adopt(_ socket: LoopbackSocket) {
        _sockets[socket.fd] = socket
        _socketsByPorts[socket._portsKey] = socket
        _emit(.socketOpened(fd: socket.fd, role: socket.role, label: socket.label))
    }

    internal func _owns(port: UInt16) -> Bool { _socketsByPorts[_LoopbackExpectation.key(local: port, peer: 0)] != nil }

    internal func _expectConnection(to port: UInt16) {
        guard _owns(port: port) else { return }
        _expectations[_LoopbackExpectation.key(local: port, peer: 0), default: .init()].connections += 1
    }

    internal func _accepted(_ socket: LoopbackSocket, by listener: LoopbackSocket) {
        _adopt(socket)
        _emit(.socketAccepted(listener: listener.fd, connection: socket.fd))
        _update(listener._portsKey) { if $0.connections > 0 { $0.connections -= 1 } }
    }

    internal func _sent(_ bytes: [UInt8], by socket: LoopbackSocket) {
        _emit(.socketSent(fd: socket.fd, bytes: bytes))
        guard !bytes.isEmpty, _peerIsOurs(socket) else { return }
        _expectations[_LoopbackExpectation.key(local: socket.peerPort, peer: socket.localPort), default: .init()].bytes += bytes.count
    }

    internal func _received(_ bytes: [UInt8], by socket: LoopbackSocket) {
        _emit(.socketReceived(fd: socket.fd, bytes: bytes))
        _update(socket._portsKey) { expectation in
            if bytes.isEmpty {
                expectation.bytes = 0
                expectation.endOfStream = false
            } else {
                expectation.bytes = Swift.max(0, expectation.bytes - bytes.count)
            }
        }
    }

    internal func _failed(_ socket: LoopbackSocket, operation: String, _ error: SocketError) {
        _emit(.socketFailed(fd: socket.fd, operation: operation, error: error.description))
        _expectations[socket._portsKey] = nil
    }

    internal func _closing(_ socket: LoopbackSocket) {
        removeReader(socket.fd)
        removeWriter(socket.fd)
        if socket.role != .listener, _peerIsOurs(socket) {
            _expectations[_LoopbackExpectation.key(local: socket.peerPort, peer: socket.localPort), default: .init()].endOfStream = true
        }
        _expectations[socket._portsKey] = nil
        _sockets[socket.fd] = nil
        _socketsByPorts[socket._portsKey] = nil
        _emit(.socketClosed(fd: socket.fd))
    }

    /// Whether the other end of `socket`'s connection is one of ours
    /// (accepted or not yet).
    private func _peerIsOurs(_ socket: LoopbackSocket) -> Bool {
        switch socket.role {
        case .listener: false
        case .client: _owns(port: socket.peerPort)
        case .accepted: _socketsByPorts[_LoopbackExpectation.key(local: socket.peerPort, peer: socket.localPort)] != nil
        }
    }

    private func _update(_ key: UInt32, _ change: (inout _LoopbackExpectation) -> Void) {
        guard var expectation = _expectations[key] else { return }
        change(&expectation)
        _expectations[key] = expectation.isEmpty ? nil : expectation
    }

    /// Waits, for real, until the kernel shows everything in flight: the
    /// bytes (FIONREAD), the ends of stream (POLLRDHUP), the connections in
    /// a listener's queue (TCP_INFO's backlog) and the finished connects
    /// (POLLOUT). Loopback delivers within microseconds, so this is nearly
    /// always one check; after ``settleLimit`` seconds it reports a stall
    /// and gives up, so a run never hangs.
    @usableFromInline
    internal func _settleInFlight() {
        guard !_expectations.isEmpty || _sockets.values.contains(where: { $0.isConnecting }) else { return }
        let deadline = EventLoop._monotonic() + EventLoop.settleLimit
        while true {
            var waiting: [pollfd] = []
            for (key, expectation) in _expectations {
                // Bytes for a connection not accepted yet: its listener's
                // queue is checked instead, and the bytes after the accept.
                guard let socket = _socketsByPorts[key], socket.fd >= 0 else { continue }
                if let events = _unsatisfied(expectation, socket) {
                    waiting.append(pollfd(fd: socket.fd, events: events, revents: 0))
                }
            }
            for socket in _sockets.values where socket.isConnecting {
                var probe = pollfd(fd: socket.fd, events: Int16(POLLOUT), revents: 0)
                if poll(&probe, 1, 0) > 0 { socket._connectSettled() } else { waiting.append(probe) }
            }
            if waiting.isEmpty { return }
            let now = EventLoop._monotonic()
            if now >= deadline {
                _emit(
                    .socketFailed(
                        fd: waiting[0].fd, operation: "settle",
                        error: "loopback I/O still in flight after \(EventLoop.settleLimit) s"))
                _expectations.removeAll()
                for socket in _sockets.values where socket.isConnecting { socket._connectSettled() }
                return
            }
            _ = poll(&waiting, nfds_t(waiting.count), 1)
        }
    }

    /// The poll events still awaited for `expectation` on `socket`, or nil
    /// when the kernel already shows all of it.
    private func _unsatisfied(_ expectation: _LoopbackExpectation, _ socket: LoopbackSocket) -> Int16? {
        if expectation.connections > 0 {
            var info = tcp_info()
            var length = socklen_t(MemoryLayout<tcp_info>.size)
            if getsockopt(socket.fd, Int32(IPPROTO_TCP), TCP_INFO, &info, &length) == 0,
                Int(info.tcpi_unacked) < expectation.connections
            {
                return Int16(POLLIN)
            }
        }
        if expectation.bytes > 0 {
            var available: Int32 = 0
            if ioctl(socket.fd, UInt(FIONREAD), &available) == 0, Int(available) < expectation.bytes {
                return Int16(POLLIN)
            }
        }
        if expectation.endOfStream {
            var probe = pollfd(fd: socket.fd, events: stepviz_pollrdhup(), revents: 0)
            let flags = Int16(POLLHUP) | Int16(POLLERR) | stepviz_pollrdhup()
            if poll(&probe, 1, 0) <= 0 || probe.revents & flags == 0 { return stepviz_pollrdhup() }
        }
        return nil
    }
}

extension LoopbackSocket {
    /// The kernel finished the connect (the client's code reads the outcome
    /// with `connectionError()`).
    internal func _connectSettled() { isConnecting = false }
}
