import StepvizCore

/// Runs an ``EventLoopScene`` on a real ``EventLoop`` (epoll, loopback
/// sockets, a virtual clock) and keeps its steps framed per operation (see
/// ``EventLoopStepEvent``), `state` after each.
///
/// ``run()`` is synchronous: the loop, the notes' server and the clients
/// all run on the caller's thread, and the loop waits for the kernel only
/// while loopback I/O it started is in flight, so a run takes milliseconds.
///
///     let session = EventLoopSession(scene: try EventLoopScene(kind: .tasks, ops: "say"))
///     session.run()
///     session.operationLabels    // ["say", "run_once", "run_once", ...]
///
/// - Complexity: O(events) memory; O(1) per step besides the loop's own work.
public final class EventLoopSession: SceneSession {
    public static let panel = "eventloop"
    /// The most loop iterations a run takes (a long script of client
    /// actions; no scene loops for ever, but a stream must end).
    public static let maxIterations = 50_000

    public let scene: EventLoopScene
    /// Every step, `seq` counting from 0 (empty until ``run()``).
    public private(set) var steps = History<Step<EventLoopStepEvent>>()
    /// One label per operation.
    public private(set) var operationLabels: [String] = []
    /// The loop has no turns to pick: nil for every operation.
    public var turns: [Int?] { Array(repeating: nil, count: operationLabels.count) }
    public var scheduleStop: ScheduleStop? { nil }
    /// Whether the kernel was really used: the selector's kind ("epoll").
    public private(set) var selectorKind: String?

    public init(scene: EventLoopScene) { self.scene = scene }

    /// Runs the scene to the end once (later calls do nothing).
    public func run() {
        guard operationLabels.isEmpty else { return }
        let recorder = EventLoopRecorder(kind: scene.kind)
        defer {
            steps = recorder.log.steps
            operationLabels = recorder.labels
        }
        recorder.begin(scene.kind == .server ? "start server" : "new_event_loop")
        let loop: EventLoop
        do {
            loop = try EventLoop()
        } catch {
            recorder.append(.error("the loop has no selector: \(error)"))
            recorder.finish(EventLoopState())
            return
        }
        selectorKind = loop.selectorKind
        loop.observer = { [recorder] event in recorder.observe(event) }
        var iterations = 0
        let clients = EventLoopClients()
        var server: NotesServer?
        if scene.kind == .server {
            do {
                server = try NotesServer(on: loop)
            } catch {
                recorder.append(.error("the server could not listen: \(error)"))
            }
        }
        recorder.finish(Self.state(of: loop, numbers: recorder.numbers))

        for (index, operation) in scene.operations.enumerated() {
            recorder.begin(operation.description)
            perform(operation, on: loop, server: server, clients: clients, recorder: recorder)
            recorder.finish(Self.state(of: loop, numbers: recorder.numbers))
            // The loop runs until it would block with nothing to do: after
            // each client action, or once every task is made (one program's
            // create_task calls, as asyncio's tutorial makes them).
            if scene.kind == .tasks, index < scene.operations.count - 1 { continue }
            if iterations == Self.maxIterations {
                recorder.begin("stop")
                recorder.append(.error("the run stops after \(Self.maxIterations) iterations"))
                recorder.finish(Self.state(of: loop, numbers: recorder.numbers))
                break
            }
            while iterations < Self.maxIterations {
                iterations += 1
                recorder.begin("run_once")
                let end = loop.runOnce()
                recorder.finish(Self.state(of: loop, numbers: recorder.numbers))
                if end != nil { break }
            }
        }
        // Close what is left without a word: the run is over.
        loop.observer = nil
        for socket in loop.sockets { socket.close() }
        withExtendedLifetime((server, clients)) {}
    }

    private func perform(
        _ operation: EventLoopOperation, on loop: EventLoop, server: NotesServer?, clients: EventLoopClients,
        recorder: EventLoopRecorder
    ) {
        switch operation {
        case .connect:
            guard let server else { return recorder.append(.error("no server to connect to")) }
            clients.connect(to: server.port, on: loop)
        case .send(let client, let text):
            guard let socket = clients.socket(client) else { return recorder.append(.error("client \(client) is not connected")) }
            do throws(SocketError) {
                if try socket.send(Array((text + "\n").utf8)) == nil { recorder.append(.error("client \(client)'s send buffer is full")) }
            } catch {
                recorder.append(.error("client \(client): \(error)"))
            }
        case .close(let client):
            guard clients.socket(client) != nil else { return recorder.append(.error("client \(client) is not connected")) }
            clients.close(client)
        case .shutdown:
            server?.shutdown()
        case .sayAfter(let delay, let text):
            loop.createTask(EventLoopDemos.sayAfter(delay, text))
        case .say:
            loop.createTask(EventLoopDemos.say())
        case .displayDate:
            loop.createTask(EventLoopDemos.displayDate())
        }
    }

    /// The library's state, descriptors numbered as the stream numbers them.
    static func state(of loop: EventLoop, numbers: EventLoopDescriptorNumbers) -> EventLoopState {
        EventLoopState(
            time: loop.time(), ready: loop.readyCallbacks.map(\.id), timers: loop.timerHeap.map(\.id),
            interest: loop.interestList.map { key in
                let callbacks = [key.reader.map { "reader \($0)" }, key.writer.map { "writer \($0)" }].compactMap { $0 }
                return EventLoopInterest(fd: numbers.number(key.fd), events: key.events, callbacks: callbacks.joined(separator: ", "))
            },
            sockets: loop.sockets.map { numbers.number($0.fd) }.sorted())
    }
}
