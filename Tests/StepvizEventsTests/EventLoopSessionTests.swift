import Foundation
import StepvizCore
import StepvizEvents
import StepvizRender
import StepvizTestSupport
import Testing

/// `stepviz events eventloop`: the notes' programs at their virtual times,
/// the server on real sockets, framing, replay, determinism, bad input.
@Suite("Event-loop sessions and event stream")
struct EventLoopSessionTests {
    static func session(_ kind: EventLoopScene.Kind, _ ops: String) throws -> EventLoopSession {
        let session = EventLoopSession(scene: try EventLoopScene(kind: kind, ops: ops))
        session.run()
        return session
    }

    static func output(_ session: EventLoopSession) -> [String] {
        session.steps.compactMap { step in
            if case .loop(.output(let time, let text)) = step.event { "\(EventLoop.formatSeconds(time)) \(text)" } else { nil }
        }
    }

    static func finalState(_ session: EventLoopSession) -> EventLoopState? {
        if case .state(let state)? = session.steps.last?.event { state } else { nil }
    }

    @Test("say() prints hello at t=1 and world at t=3, as asyncio does")
    func say() throws {
        #expect(Self.output(try Self.session(.tasks, "say")) == ["0.0 started at 0.0", "1.0 hello", "3.0 world", "3.0 finished at 3.0"])
    }

    @Test("The same two say_afters started as tasks print world at t=2")
    func concurrently() throws {
        #expect(Self.output(try Self.session(.tasks, "say_after 1 hello; say_after 2 world")) == ["1.0 hello", "2.0 world"])
        // Started in the other order, the deadlines still decide.
        #expect(Self.output(try Self.session(.tasks, "say_after 2 world; say_after 1 hello")) == ["1.0 hello", "2.0 world"])
    }

    @Test("display_date prints the loop's time once a second for five seconds")
    func displayDate() throws {
        #expect(Self.output(try Self.session(.tasks, "display_date")) == ["0.0 0.0", "1.0 1.0", "2.0 2.0", "3.0 3.0", "4.0 4.0"])
    }

    @Test("The server accepts, reads and closes on a real epoll and real loopback sockets")
    func server() throws {
        let session = try Self.session(.server, "connect; connect; send 1 hello; send 2 hi there; close 1; send 2 bye; close 2")
        #expect(session.selectorKind == "epoll")
        #expect(
            Self.output(session).map { String($0.dropFirst(4)) } == [
                "Server::: Listen at 127.0.0.1", "Accepted conn 1", "Accepted conn 2", "Received data b'hello\\n'",
                "Received data b'hi there\\n'", "Closing conn 1", "Received data b'bye\\n'", "Closing conn 2",
            ])
        // The listener and four sockets, numbered as a fresh process numbers them.
        let opened = session.steps.compactMap { step -> Int32? in
            if case .loop(.socketOpened(let fd, _, _)) = step.event { fd } else { nil }
        }
        #expect(opened == [4, 5, 6, 7, 8])
        let last = try #require(Self.finalState(session))
        #expect(last.interest == [EventLoopInterest(fd: 4, events: .read, callbacks: "reader accept")])
        #expect(last.sockets == [4])
    }

    @Test("A refused connection is an error step of the run, never a crash or a hang")
    func refused() throws {
        let session = try Self.session(.server, "shutdown; connect; send 1 x")
        let failure = session.steps.compactMap { step -> String? in
            if case .loop(.taskDone(_, "client 1", let outcome)) = step.event { outcome } else { nil }
        }
        #expect(failure.count == 1 && failure[0].hasPrefix("ConnectionRefusedError"))
        #expect(session.steps.contains { $0.event == .error("client 1 is not connected") })
        let last = try #require(Self.finalState(session))
        #expect(last.sockets.isEmpty && last.interest.isEmpty)
    }

    @Test(
        "After every operation the replay of the events equals the library's state",
        arguments: [
            (EventLoopScene.Kind.tasks, "say"), (.tasks, "say_after 1 hello; say_after 2 world; display_date"),
            (.tasks, "say_after 0 now; say_after 1.5 later; say_after 1.5 same"),
            (.server, EventLoopScene.defaultClients), (.server, "connect; shutdown; connect; close 1"),
        ])
    func replay(kind: EventLoopScene.Kind, ops: String) throws {
        let session = try Self.session(kind, ops)
        var replay = EventLoopCheckedReplay(setup: NoSetup())
        var checked = 0
        for step in session.steps {
            try replay.apply(step.event)
            if case .state = step.event { checked += 1 }
        }
        #expect(checked == session.operationLabels.count)
    }

    @Test("The demo and random scripts round-trip through a saved stream, 30 seeds")
    func roundTrip() throws {
        for seed in UInt64(0)..<30 {
            let demo = SceneStepSource<EventLoopSession>(demoSeed: seed, limit: EventLoopScene.demoCycle)
            try SavedStreamCheck.roundTrip(panel: "eventloop", EventRunOptions(seed: seed), expected: demo, "demo seed \(seed)")
        }
    }

    @Test("The same operations give the same stream, byte for byte, every time")
    func deterministic() throws {
        for options in [EventRunOptions(), EventRunOptions(ops: "say_after 1 a; say_after 1 b; display_date").with(\.scene, "tasks")] {
            let first = try EventStreamCapture.bytes(panel: "eventloop", options)
            for _ in 0..<10 { #expect(try EventStreamCapture.bytes(panel: "eventloop", options) == first) }
        }
    }

    @Test("The JSON Lines stream parses and follows the contract")
    func contract() throws {
        for options in [EventRunOptions(), EventRunOptions().with(\.scene, "tasks")] {
            let lines = try EventStreamCapture.lines(panel: "eventloop", options)
            try EventStreamCapture.checkContract(lines, panel: "eventloop")
        }
    }

    @Test(
        "Bad operations are refused, naming the bad text",
        arguments: [
            ("send 1 hi", "client 1 does not exist"), ("connect; close 2", "client 2 does not exist"),
            ("connect; close 1; send 1 x", "client 1 is already closed"), ("say_after -1 x", "'-1' is out of range"),
            ("say_after soon x", "'soon' is not a number"), ("connect; say", "'say' needs --scene tasks"),
            ("jump", "unknown operation 'jump'"), ("send 0 x", "'0' is not a client"), ("close", "close N"),
        ])
    func badInput(ops: String, message: String) {
        #expect {
            _ = try EventLoopScene(kind: .server, ops: ops)
        } throws: { error in
            "\(error)".contains(message)
        }
    }
}
