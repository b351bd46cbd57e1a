import StepvizCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `eventloop.*` rows: StepvizCore's ``EventLoop``, observer off,
/// against CPython's asyncio loop (`asyncio.new_event_loop()`, the epoll
/// selector) in the child process, rounds alternating.
///
/// - `eventloop.call_soon.chain`: each callback queues the next with
///   `callSoon`, the last stops the loop; ns per callback (one iteration of
///   the loop each: the select with timeout 0, the ready queue, one handle).
/// - `eventloop.echo.roundtrip`: both ends of a loopback TCP connection on
///   one loop, a reader callback on each; the client sends a small message,
///   the server's reader receives it and sends it back, the client's reader
///   receives it and sends the next; ns per round trip (two iterations, two
///   sends, two receives, two epoll waits). CPython does the same with
///   `loop.add_reader` on non-blocking sockets, the closest match to raw
///   reader callbacks (Protocols would add transports ours does not have).
/// - `eventloop.echo.syscalls`: the floor under both, the same round trip
///   as the same system calls with no loop at all (a send, a `poll` for
///   readability where the loops `epoll_wait`, a recv, on each side). On a
///   VM where a system call costs microseconds this is most of a round
///   trip, and what a faster loop cannot go below.
///
/// Both loops use the real clock (``LoopClock/real``): asyncio's loop has
/// no other, and a real loop blocks in `epoll_wait` until the kernel shows
/// the bytes, which is the kernel path being measured. The virtual clock
/// would add its settle checks (a FIONREAD or poll per piece of I/O in
/// flight before every select), machinery for reproducible stepping that
/// asyncio has no counterpart of.
enum EventLoopBench {
    /// The echoed message (as the CPython script's ECHO_MESSAGE).
    static let message: [UInt8] = Array("ping 0123456789\n".utf8)
    /// The most bytes one reader callback receives (as the script's recv(64)).
    static let readSize = 64

    static func rows(_ config: BenchConfig, python: CPythonProcess?, pythonNote: String?) -> [BenchRow] {
        let callbacks = config.callSoonChain
        let roundTrips = config.echoRoundTrips
        let chainOurs = { callSoonRound(callbacks: callbacks) }
        let echoOurs = { echoRound(roundTrips: roundTrips) }
        let floor = SideBySide.runAlone(rounds: config.rounds) { syscallRound(roundTrips: roundTrips) }
        let floorRow = BenchRow(
            name: "eventloop.echo.syscalls", nsPerOp: floor, extras: [("syscalls_per_op", 6)],
            note: "the echo's send, poll and recv on each side with no loop: the floor of a round trip")
        guard let python else {
            let echo = SideBySide.runAlone(rounds: config.rounds, echoOurs)
            return [
                BenchRow(
                    name: "eventloop.call_soon.chain", nsPerOp: SideBySide.runAlone(rounds: config.rounds, chainOurs),
                    note: pythonNote),
                BenchRow(
                    name: "eventloop.echo.roundtrip", nsPerOp: echo,
                    extras: [("floor_ns_per_op", floor), ("over_floor_ns", echo - floor)], note: pythonNote),
                floorRow,
            ]
        }
        let chain = SideBySide.run(
            rounds: config.rounds, ours: chainOurs, baseline: { python.measure("callsoon \(callbacks)") })
        let echo = SideBySide.run(
            rounds: config.rounds, ours: echoOurs, baseline: { python.measure("echo \(roundTrips)") })
        return [
            BenchRow(
                name: "eventloop.call_soon.chain", sideBySide: chain,
                baselineName: "CPython \(python.version) asyncio call_soon",
                extras: [("times_faster_than_cpython", chain.baseline / chain.ours), ("callbacks", Double(callbacks))]),
            BenchRow(
                name: "eventloop.echo.roundtrip", sideBySide: echo,
                baselineName: "CPython \(python.version) asyncio add_reader",
                extras: [
                    ("times_faster_than_cpython", echo.baseline / echo.ours), ("round_trips", Double(roundTrips)),
                    ("floor_ns_per_op", floor), ("over_floor_ns", echo.ours - floor),
                    ("cpython_over_floor_ns", echo.baseline - floor),
                ]),
            floorRow,
        ]
    }

    /// One chain of `callbacks` callbacks on a fresh loop: ns per callback,
    /// timed from the first `callSoon` to the end of `runForever`.
    static func callSoonRound(callbacks: Int) -> Double {
        let loop = newLoop()
        let chain = CallSoonChain(loop: loop, remaining: callbacks)
        let elapsed = BenchClock.measure {
            loop.callSoon(name: "chain") { [unowned chain] in chain.step() }
            precondition(loop.runForever() == .stopped, "the call_soon chain did not stop")
        }
        precondition(chain.remaining == 0, "the call_soon chain ended early")
        blackHole(loop.iterations)
        return elapsed / Double(callbacks)
    }

    /// `roundTrips` echoes over a fresh loopback connection: ns per round
    /// trip, timed from the first send to the end of `runForever` (the
    /// listen, connect and accept before, and the closes after, are not).
    static func echoRound(roundTrips: Int) -> Double {
        let (loop, echo) = newEchoPair(roundTrips: roundTrips)
        defer { echo.close() }
        let elapsed = BenchClock.measure {
            echo.start()
            precondition(loop.runForever() == .stopped, "the echo loop did not stop")
        }
        precondition(echo.remaining == 0, "the echo ended early")
        return elapsed / Double(roundTrips)
    }

    /// The floor: the echo's system calls on a connection set up the same
    /// way, with no loop (the loop is only there to own the sockets; it
    /// never runs while timed). ns per round trip.
    static func syscallRound(roundTrips: Int) -> Double {
        // The pair holds the loop, which owns the sockets.
        let (_, echo) = newEchoPair(roundTrips: roundTrips)
        defer { echo.close() }
        let client = echo.client.fd
        let server = echo.server.fd
        var buffer = [UInt8](repeating: 0, count: readSize)
        let elapsed = message.withUnsafeBytes { message in
            buffer.withUnsafeMutableBytes { buffer in
                BenchClock.measure {
                    for _ in 0..<roundTrips {
                        rawSend(client, message.baseAddress, message.count)
                        let echoed = rawReceive(server, buffer.baseAddress, readSize)
                        rawSend(server, buffer.baseAddress, echoed)
                        var pending = message.count
                        while pending > 0 { pending -= rawReceive(client, buffer.baseAddress, readSize) }
                    }
                }
            }
        }
        return elapsed / Double(roundTrips)
    }

    /// Waits until `fd` is readable (poll), then receives: the byte count.
    @inline(__always)
    static func rawReceive(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        var probe = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            _ = poll(&probe, 1, -1)
            let received = recv(fd, buffer, count, 0)
            if received > 0 { return received }
            precondition(received < 0 && errno == EAGAIN, "stepviz-bench: the raw echo recv failed")
        }
    }

    @inline(__always)
    static func rawSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) {
        precondition(send(fd, bytes, count, Int32(MSG_NOSIGNAL)) == count, "stepviz-bench: the raw echo send failed")
    }

    /// A fresh loop with a loopback connection for `roundTrips` echoes on
    /// it: the same setup for the echo row and for its system-call floor.
    static func newEchoPair(roundTrips: Int) -> (EventLoop, EchoPair) {
        let loop = newLoop()
        do throws(SocketError) {
            return (loop, try EchoPair(loop: loop, roundTrips: roundTrips))
        } catch {
            fatalError("stepviz-bench: the echo connection failed: \(error)")
        }
    }

    static func newLoop() -> EventLoop {
        do {
            return try EventLoop(clock: .real)
        } catch {
            fatalError("stepviz-bench: no event loop: \(error)")
        }
    }

    /// The chain's state: each step queues the next until none remain.
    final class CallSoonChain {
        let loop: EventLoop
        var remaining: Int

        init(loop: EventLoop, remaining: Int) {
            self.loop = loop
            self.remaining = remaining
        }

        func step() {
            remaining -= 1
            if remaining > 0 {
                loop.callSoon(name: "chain") { [unowned self] in step() }
            } else {
                loop.stop()
            }
        }
    }

    /// Both ends of one loopback connection on the loop, a reader on each.
    final class EchoPair {
        let loop: EventLoop
        let listener: LoopbackSocket
        let client: LoopbackSocket
        let server: LoopbackSocket
        var remaining: Int
        /// Bytes of the current message not yet back at the client.
        var pending = 0

        /// Listens, connects, and runs the loop until the listener's reader
        /// has accepted; then registers the two echo readers.
        init(loop: EventLoop, roundTrips: Int) throws(SocketError) {
            self.loop = loop
            remaining = roundTrips
            listener = try LoopbackSocket.listen(on: loop, label: "server")
            client = try LoopbackSocket.connect(on: loop, to: listener.localPort, label: "client")
            var accepted: LoopbackSocket?
            var failure: SocketError?
            let listenerSocket = listener
            _ = loop.addReader(listener.fd, name: "accept") {
                do throws(SocketError) {
                    accepted = try listenerSocket.accept(label: "conn")
                } catch {
                    failure = error
                }
                if accepted != nil || failure != nil { loop.stop() }
            }
            loop.runForever()
            loop.removeReader(listener.fd)
            if let failure { throw failure }
            guard let accepted else { throw SocketError(operation: "accept", errno: 0) }
            server = accepted
            if let error = client.connectionError() { throw error }
            _ = loop.addReader(server.fd, name: "echo") { [unowned self] in echoBack() }
            _ = loop.addReader(client.fd, name: "reply") { [unowned self] in reply() }
        }

        func start() {
            pending = EventLoopBench.message.count
            send(client, EventLoopBench.message)
        }

        /// The server's reader: what arrived goes straight back.
        func echoBack() {
            guard let data = receive(server), !data.isEmpty else { return }
            send(server, data)
        }

        /// The client's reader: once the whole message is back, the next.
        func reply() {
            guard let data = receive(client) else { return }
            pending -= data.count
            guard pending <= 0 else { return }
            remaining -= 1
            if remaining == 0 {
                loop.stop()
            } else {
                start()
            }
        }

        func receive(_ socket: LoopbackSocket) -> [UInt8]? {
            do throws(SocketError) {
                return try socket.recv(EventLoopBench.readSize)
            } catch {
                fatalError("stepviz-bench: echo recv failed: \(error)")
            }
        }

        func send(_ socket: LoopbackSocket, _ bytes: [UInt8]) {
            do throws(SocketError) {
                // A few bytes on an empty loopback buffer: the kernel takes all.
                guard try socket.send(bytes) == bytes.count else { fatalError("stepviz-bench: a short echo send") }
            } catch {
                fatalError("stepviz-bench: echo send failed: \(error)")
            }
        }

        func close() {
            client.close()
            server.close()
            listener.close()
        }
    }
}
