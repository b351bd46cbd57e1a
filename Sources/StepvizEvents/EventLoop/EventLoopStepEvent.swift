import StepvizCore

/// A step of an event-loop run as the event stream and the panel see it.
///
/// Operations (the first also carries a `scene` event naming the scene):
/// the server scene starts the notes' `Server` (`start server`), then runs
/// each client action (`connect`, `send 1 hello`, `close 1`, `shutdown`);
/// the tasks scene starts each coroutine as a task (`say`, `say_after 1
/// hello`). After each of them the loop runs `run_once` operations, one per
/// iteration of `_run_once`, until it would block with nothing to do. Each
/// operation ends with `state`. Descriptors are numbered as a fresh process
/// numbers them (``EventLoopDescriptorNumbers``).
public enum EventLoopStepEvent: Equatable, Sendable {
    /// An operation starts.
    case begin(String)
    /// A run starts: which scene it plays (after the first `begin` only).
    case scene(EventLoopScene.Kind)
    /// A step the library took.
    case loop(EventLoopEvent)
    /// The operation could not run (a client whose connect failed).
    case error(String)
    /// The loop's state after the operation.
    case state(EventLoopState)

    /// The name the stream gives it.
    public var kind: EventLoopStepKind {
        switch self {
        case .begin: .begin
        case .scene: .scene
        case .error: .error
        case .state: .state
        case .loop(let event):
            switch event {
            case .registered: .registered
            case .modified: .modified
            case .unregistered: .unregistered
            case .selected: .select
            case .clockAdvanced: .clock
            case .callbackQueued: .queued
            case .callbackRun: .run
            case .callbackSkipped: .skipped
            case .callbackCancelled: .cancelled
            case .timerPushed: .timerPush
            case .timerPopped: .timerPop
            case .timerHeapRebuilding: .timerRebuild
            case .futureDone: .futureDone
            case .taskCreated: .taskCreated
            case .taskStep: .taskStep
            case .taskAwaits: .taskAwaits
            case .taskDone: .taskDone
            case .socketOpened: .socketOpen
            case .socketAccepted: .accept
            case .socketConnected: .connected
            case .socketSent: .sent
            case .socketReceived: .received
            case .socketClosed: .closed
            case .socketFailed: .socketError
            case .output: .output
            case .iterationEnded: .iterationEnd
            case .runEnded: .runEnd
            }
        }
    }
}

extension EventLoopStepEvent: StepEventEncodable {
    public var type: String { kind.rawValue }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation): object.field("operation", operation)
        case .scene(let kind): object.field("scene", kind.rawValue)
        case .error(let message): object.field("message", message)
        case .state(let state):
            object.field("time", state.time)
            object.field("ready", state.ready)
            object.field("timers", state.timers)
            object.rawField("interest", Self.encode(state.interest))
            object.field("sockets", state.sockets.map(Int.init))
        case .loop(let event): Self.encode(event, into: &object)
        }
    }

    private static func encode(_ event: EventLoopEvent, into object: inout JSONObjectWriter) {
        switch event {
        case .registered(let fd, let events, let callbacks), .modified(let fd, let events, let callbacks):
            object.field("fd", Int(fd))
            object.field("events", events.description)
            object.field("callbacks", callbacks)
        case .unregistered(let fd), .socketClosed(let fd):
            object.field("fd", Int(fd))
        case .selected(let timeout, let ready):
            object.field("timeout", timeout)
            var bytes: [UInt8] = [UInt8(ascii: "[")]
            for (index, descriptor) in ready.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(ascii: "["))
                JSONObjectWriter.appendInt(Int(descriptor.fd), to: &bytes)
                bytes.append(UInt8(ascii: ","))
                JSONObjectWriter.appendString(descriptor.events.description, to: &bytes)
                bytes.append(UInt8(ascii: "]"))
            }
            bytes.append(UInt8(ascii: "]"))
            object.rawField("ready", bytes)
        case .clockAdvanced(let from, let to):
            object.field("from", from)
            object.field("to", to)
        case .callbackQueued(let id, let name), .callbackRun(let id, let name), .callbackSkipped(let id, let name),
            .callbackCancelled(let id, let name):
            object.field("id", id)
            object.field("name", name)
        case .timerPushed(let id, let name, let when):
            object.field("id", id)
            object.field("name", name)
            object.field("when", when)
        case .timerPopped(let id, let name, let when, let cancelled):
            object.field("id", id)
            object.field("name", name)
            object.field("when", when)
            object.field("cancelled", cancelled)
        case .timerHeapRebuilding(let cancelled):
            object.field("cancelled", cancelled)
        case .futureDone(let id, let what, let outcome):
            object.field("future", id)
            object.field("what", what)
            object.field("outcome", outcome)
        case .taskCreated(let task, let name, let coroutine):
            object.field("task", task)
            object.field("name", name)
            object.field("coroutine", coroutine)
        case .taskStep(let task, let name, let sent):
            object.field("task", task)
            object.field("name", name)
            object.field("sent", sent)
        case .taskAwaits(let task, let future, let what):
            object.field("task", task)
            object.field("future", future)
            object.field("what", what)
        case .taskDone(let task, let name, let outcome):
            object.field("task", task)
            object.field("name", name)
            object.field("outcome", outcome)
        case .socketOpened(let fd, let role, let label):
            object.field("fd", Int(fd))
            object.field("role", role.rawValue)
            object.field("label", label)
        case .socketAccepted(let listener, let connection):
            object.field("listener", Int(listener))
            object.field("connection", Int(connection))
        case .socketConnected(let fd, let error):
            object.field("fd", Int(fd))
            object.field("error", error)
        case .socketSent(let fd, let bytes), .socketReceived(let fd, let bytes):
            object.field("fd", Int(fd))
            object.field("bytes", bytes.map(Int.init))
        case .socketFailed(let fd, let operation, let error):
            object.field("fd", Int(fd))
            object.field("operation", operation)
            object.field("error", error)
        case .output(let time, let text):
            object.field("time", time)
            object.field("text", text)
        case .iterationEnded(let iteration):
            object.field("iteration", iteration)
        case .runEnded(let end):
            switch end {
            case .stopped: object.field("end", "stopped")
            case .idle: object.field("end", "idle")
            case .failed(let message):
                object.field("end", "failed")
                object.field("message", message)
            }
        }
    }

    /// `[[4,"read","reader accept"],...]`.
    static func encode(_ interest: [EventLoopInterest]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, key) in interest.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            JSONObjectWriter.appendInt(Int(key.fd), to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONObjectWriter.appendString(key.events.description, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            JSONObjectWriter.appendString(key.callbacks, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
