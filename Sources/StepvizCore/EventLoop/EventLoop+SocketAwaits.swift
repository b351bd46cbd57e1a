/// asyncio's `sock_accept`, `sock_recv`, `sock_sendall` and `sock_connect`
/// (`selector_events.py`, 3.11): try the call now; when it would block,
/// add a reader or writer that retries it, and a done callback that removes
/// that reader or writer again. A coroutine awaits the future they return
/// (done already when the call succeeded at once, so the await does not
/// suspend, as in asyncio).
extension EventLoop {
    /// Accepts a connection on `listener`; the future's value is `.socket`.
    ///
    ///     case 0: state = 1; return .awaiting(loop.sockAccept(listener, label: "conn 1"))
    ///
    /// - Complexity: O(1) plus the system calls.
    public func sockAccept(_ listener: LoopbackSocket, label: String) -> LoopFuture {
        let future = createFuture(what: "sock_accept \(listener.label)")
        let attempt = { () -> Bool in
            guard !future.isDone else { return true }
            do throws(SocketError) {
                guard let connection = try listener.accept(label: label) else { return false }
                future.setResult(.socket(connection))
            } catch {
                future.setException(.socket(error))
            }
            return true
        }
        if !attempt() { _retry(future, reading: true, fd: listener.fd, name: "_sock_accept", attempt) }
        return future
    }

    /// Receives up to `maxCount` bytes from `socket` (empty: end of stream).
    ///
    /// - Complexity: O(*n*) plus the system calls.
    public func sockRecv(_ socket: LoopbackSocket, _ maxCount: Int) -> LoopFuture {
        let future = createFuture(what: "sock_recv \(socket.label)")
        let attempt = { () -> Bool in
            guard !future.isDone else { return true }
            do throws(SocketError) {
                guard let bytes = try socket.recv(maxCount) else { return false }
                future.setResult(.bytes(bytes))
            } catch {
                future.setException(.socket(error))
            }
            return true
        }
        if !attempt() { _retry(future, reading: true, fd: socket.fd, name: "_sock_recv", attempt) }
        return future
    }

    /// Sends all of `bytes` on `socket`, waiting for room when needed.
    ///
    /// - Complexity: O(*n*) plus the system calls.
    public func sockSendAll(_ socket: LoopbackSocket, _ bytes: [UInt8]) -> LoopFuture {
        let future = createFuture(what: "sock_sendall \(socket.label)")
        var offset = 0
        let attempt = { () -> Bool in
            guard !future.isDone else { return true }
            do throws(SocketError) {
                while offset < bytes.count {
                    guard let sent = try socket.send(Array(bytes[offset...])) else { return false }
                    offset += sent
                }
                future.setResult(.none)
            } catch {
                future.setException(.socket(error))
            }
            return true
        }
        if !attempt() { _retry(future, reading: false, fd: socket.fd, name: "_sock_sendall", attempt) }
        return future
    }

    /// Connects a new client socket to 127.0.0.1:`port`; the future's value
    /// is the `.socket` once the kernel finished the connect, or the error
    /// (a refused connection is a value here, never a crash).
    ///
    /// - Complexity: O(1) plus the system calls.
    public func sockConnect(to port: UInt16, label: String) -> LoopFuture {
        let future = createFuture(what: "sock_connect \(label)")
        let socket: LoopbackSocket
        do {
            socket = try LoopbackSocket.connect(on: self, to: port, label: label)
        } catch {
            _emit(.socketFailed(fd: -1, operation: "connect", error: error.description))
            future.setException(.socket(error))
            return future
        }
        let finish = { [unowned self] () -> Bool in
            guard !future.isDone else { return true }
            if let error = socket.connectionError() {
                _emit(.socketConnected(fd: socket.fd, error: error.description))
                socket.close()
                future.setException(.socket(error))
            } else {
                _emit(.socketConnected(fd: socket.fd, error: nil))
                future.setResult(.socket(socket))
            }
            return true
        }
        if socket.isConnecting {
            _retry(future, reading: false, fd: socket.fd, name: "_sock_connect_cb", finish)
        } else {
            _ = finish()
        }
        return future
    }

    /// Retries `attempt` whenever `fd` is ready, until it reports done; the
    /// future's done callback removes the reader or writer (asyncio's
    /// `_sock_read_done` / `_sock_write_done`).
    private func _retry(_ future: LoopFuture, reading: Bool, fd: Int32, name: String, _ attempt: @escaping () -> Bool) {
        let added =
            reading
            ? addReader(fd, name: name) { _ = attempt() }
            : addWriter(fd, name: name) { _ = attempt() }
        switch added {
        case .success(let handle):
            future.addDoneCallback(name: reading ? "_sock_read_done" : "_sock_write_done") { [unowned self] _ in
                if !handle.isCancelled { if reading { removeReader(fd) } else { removeWriter(fd) } }
            }
        case .failure(let error):
            future.setException(.loop(error.description))
        }
    }
}
