import Foundation
import StepvizCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Real loopback sockets on the loop: a refused connect, the notes' server,
/// epoll and poll agreeing, and no descriptor left behind. Serialized: the
/// descriptor count must not see another of these tests' sockets.
@Suite("EventLoop loopback sockets", .serialized)
struct EventLoopSocketTests {
    /// A client that connects to `port`, sends each message, then closes,
    /// `rounds` times over.
    static func client(port: UInt16, messages: [String], rounds: Int = 1, failures: ((LoopError) -> Void)? = nil) -> StepCoroutine {
        var socket: LoopbackSocket?
        var round = 0
        var sent = 0
        return StepCoroutine(name: "client()", handlesFailures: true) { state, value, loop in
            if case .failure(let error) = value {
                failures?(error)
                return .raised(error)
            }
            while true {
                switch state {
                case 0:
                    state = 1
                    return .awaiting(loop.sockConnect(to: port, label: "client \(round + 1)"))
                case 1:
                    if socket == nil { socket = try? value.get().socket }
                    if sent < messages.count {
                        sent += 1
                        return .awaiting(loop.sockSendAll(socket!, Array(messages[sent - 1].utf8)))
                    }
                    socket!.close()
                    socket = nil
                    sent = 0
                    round += 1
                    if round == rounds { return .returned(.int(round)) }
                    state = 0
                default:
                    preconditionFailure()
                }
            }
        }
    }

    /// A port nobody listens on: one the kernel just gave a listener that is closed again.
    static func closedPort() throws -> UInt16 {
        let loop = try EventLoop()
        let listener = try LoopbackSocket.listen(on: loop, label: "probe")
        let port = listener.localPort
        listener.close()
        return port
    }

    @Test("A refused connect is a failed future and a socket event, not a crash or a hang", arguments: ["epoll", "poll"])
    func refusedConnect(selector: String) throws {
        let port = try Self.closedPort()
        let loop = selector == "poll" ? EventLoop.overPoll() : try EventLoop()
        var events: [EventLoopEvent] = []
        loop.observer = { events.append($0) }
        let started = Date()
        let future = loop.sockConnect(to: port, label: "client 1")
        let result = loop.runUntilComplete(future)
        #expect(Date().timeIntervalSince(started) < EventLoop.settleLimit + 1)
        guard case .failure(.socket(let error)) = result else {
            Issue.record("expected a socket error, got \(LoopFuture.describe(result))")
            return
        }
        #expect(error.errno == ECONNREFUSED)
        #expect(error.description.hasPrefix("ConnectionRefusedError: [Errno \(ECONNREFUSED)] connect: "))
        let reported = events.contains { event in
            switch event {
            case .socketFailed(_, "connect", let text): text == error.description
            case .socketConnected(_, let text?): text == error.description
            default: false
            }
        }
        #expect(reported)
        #expect(loop.sockets.isEmpty)
        #expect(loop.interestList.isEmpty)
        #expect(loop.invariantFailure() == nil)
    }

    @Test("A coroutine awaiting a refused connect gets the error sent in")
    func refusedConnectInATask() throws {
        let port = try Self.closedPort()
        let loop = try EventLoop()
        var seen: [String] = []
        let result = loop.runUntilComplete(Self.client(port: port, messages: ["hello\n"]) { seen.append($0.description) })
        #expect(seen.count == 1 && seen.first?.hasPrefix("ConnectionRefusedError") == true)
        #expect(LoopFuture.describe(result) == seen.first)
        #expect(loop.invariantFailure() == nil)
    }

    /// The notes' server and clients: what it printed, and the callbacks
    /// the loop ran, in order (names, never descriptors).
    static func serverRun(_ loop: EventLoop, clients: Int) throws -> (output: [String], steps: [String], end: LoopRunEnd) {
        var output: [String] = []
        var steps: [String] = []
        loop.observer = { event in
            switch event {
            case .output(let time, let text):
                output.append(text)
                steps.append("\(time) print \(text)")
            case .callbackRun(_, let name): steps.append("\(loop.time()) run \(name)")
            default: break
            }
        }
        let server = try NotesServer(on: loop)
        for index in 0..<clients {
            loop.createTask(client(port: server.port, messages: ["hello\n"]), name: "client-\(index + 1)")
        }
        let end = loop.runForever()
        let run = (output, steps, end)
        #expect(server.connections.isEmpty)
        server.shutdown()
        #expect(output.last == "Server::: shut down")
        #expect(loop.invariantFailure() == nil)
        return run
    }

    @Test("The notes' server accepts, prints what a client sent, and closes when the client does", arguments: ["epoll", "poll"])
    func notesServer(selector: String) throws {
        let loop = selector == "poll" ? EventLoop.overPoll() : try EventLoop()
        let run = try Self.serverRun(loop, clients: 1)
        #expect(run.end == .idle)
        #expect(
            run.output == [
                "Server::: Listen at 127.0.0.1", "Accepted conn 1", "Received data b'hello\\n'", "Closing conn 1",
            ])
        #expect(loop.sockets.isEmpty)
        #expect(loop.interestList.isEmpty)
    }

    @Test("epoll and poll give the same steps", arguments: [1, 3])
    func epollAndPollAgree(clients: Int) throws {
        let overEpoll = try Self.serverRun(try EventLoop(), clients: clients)
        let overPoll = try Self.serverRun(EventLoop.overPoll(), clients: clients)
        #expect(overEpoll.steps == overPoll.steps)
        #expect(overEpoll.output.count == 1 + 3 * clients)
        #expect(overEpoll.output.filter { $0 == "Received data b'hello\\n'" }.count == clients)
        // And again: the same program gives the same steps.
        #expect(try Self.serverRun(try EventLoop(), clients: clients).steps == overEpoll.steps)
    }

    static func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    static func inode(_ fd: Int32) -> UInt? {
        var status = stat()
        return fstat(fd, &status) == 0 ? UInt(status.st_ino) : nil
    }

    @Test("500 connect, send, close cycles on a loop that is then dropped leave no descriptor open")
    func noDescriptorLeaks() throws {
        // Other suites may open descriptors meanwhile: the count must come
        // out equal in one of a few tries (a leak would show in every one),
        // and none of the sockets this loop opened may still be open.
        var counts: [(before: Int, after: Int)] = []
        for _ in 0..<3 {
            let before = try Self.openDescriptors()
            var opened: [(fd: Int32, inode: UInt)] = []
            do {
                let loop = try EventLoop()
                loop.observer = { event in
                    if case .socketOpened(let fd, _, _) = event, let inode = Self.inode(fd) { opened.append((fd, inode)) }
                }
                let server = try NotesServer(on: loop)
                let result = loop.runUntilComplete(Self.client(port: server.port, messages: ["hello\n"], rounds: 500))
                #expect(LoopFuture.describe(result) == "500")
                #expect(loop.runForever() == .idle)  // the server reads the last ends of stream
                #expect(server.connections.isEmpty)
                #expect(loop.invariantFailure() == nil)
            }
            #expect(opened.count == 1 + 2 * 500)
            let stillOpen = opened.filter { Self.inode($0.fd) == $0.inode }
            #expect(stillOpen.isEmpty, "still open: \(stillOpen.prefix(5).map(\.fd))")
            counts.append((before, try Self.openDescriptors()))
            if counts.last!.before == counts.last!.after { break }
        }
        #expect(counts.contains { $0.before == $0.after }, "descriptors before and after: \(counts)")
    }
}
