/// The notes' `Server` (seed §2.3.1.4) on an ``EventLoop``: a listening
/// socket on 127.0.0.1 registered for reading with an `accept` callback,
/// and each accepted connection registered with a `connected` callback
/// that reads what arrived, prints it, and on the end of the stream
/// unregisters and closes the connection.
///
///     let loop = try EventLoop()
///     let server = try NotesServer(on: loop)
///     let client = try LoopbackSocket.connect(on: loop, to: server.port, label: "client 1")
///     loop.runForever()    // accept, then .idle: "Accepted conn 1"
///
/// The notes read one byte at a time with a blocking `recv(1)`; on a
/// non-blocking socket the callback reads what is there (up to
/// ``readSize`` bytes), which is what one `connected` call can take
/// without blocking the loop. What it prints names connections by their
/// order of arrival, never by port or fd, so a run prints the same lines
/// every time.
public final class NotesServer {
    /// The most bytes one `connected` call reads.
    public static let readSize = 1024
    /// The listening socket (closed after ``shutdown()``).
    public let listener: LoopbackSocket
    /// The port the listener is bound to (ephemeral).
    public let port: UInt16
    /// Connections accepted and not closed, in order of arrival.
    public private(set) var connections: [LoopbackSocket] = []
    private let loop: EventLoop
    private var accepted = 0

    /// Listens on 127.0.0.1 (an ephemeral port) and registers the
    /// listener with `accept` (the notes' `start()`).
    ///
    /// - Complexity: O(1); the socket calls and one `epoll_ctl`.
    public init(on loop: EventLoop) throws(SocketError) {
        self.loop = loop
        listener = try LoopbackSocket.listen(on: loop, label: "server")
        port = listener.localPort
        loop.print("Server::: Listen at 127.0.0.1")
        let listenerFD = listener.fd
        if case .failure(let error) = loop.addReader(listenerFD, name: "accept", { [unowned self] in accept() }) {
            loop.print("register failed: \(error)")
        }
    }

    /// `accept(sock, mask)`: takes the waiting connection and registers it
    /// with `connected`.
    private func accept() {
        let connection: LoopbackSocket
        do throws(SocketError) {
            guard let taken = try listener.accept(label: "conn \(accepted + 1)") else { return }
            connection = taken
        } catch {
            loop.print("accept failed: \(error)")
            return
        }
        accepted += 1
        connections.append(connection)
        loop.print("Accepted \(connection.label)")
        _ = loop.addReader(connection.fd, name: "connected") { [unowned self] in connected(connection) }
    }

    /// `connected(conn, mask)`: prints what arrived; at the end of the
    /// stream (or on an error) unregisters and closes the connection.
    private func connected(_ connection: LoopbackSocket) {
        let data: [UInt8]
        do throws(SocketError) {
            guard let read = try connection.recv(NotesServer.readSize) else { return }
            data = read
        } catch {
            loop.print("\(connection.label): \(error)")
            close(connection)
            return
        }
        if data.isEmpty {
            loop.print("Closing \(connection.label)")
            close(connection)
        } else {
            loop.print("Received data \(LoopValue.bytesLiteral(data))")
        }
    }

    private func close(_ connection: LoopbackSocket) {
        connections.removeAll { $0 === connection }
        connection.close()  // unregisters first
    }

    /// Stops listening: the listener leaves the selector and closes, so a
    /// later connect is refused (the connections already accepted stay).
    ///
    /// - Complexity: O(1) plus the system calls.
    public func shutdown() {
        guard !listener.isClosed else { return }
        loop.print("Server::: shut down")
        listener.close()
    }
}
