import StepvizCore

/// A step of a scheduler run as the event stream and the panel see it.
///
/// Operations (the first also carries a `scene` event naming the scene):
/// first the spawns (actors scene: `spawn printer`, `spawn
/// counter`) and the `--ops` (a task spawned, or a message sent), then one
/// `step` per resume of a coroutine (or delivery of a message), then a
/// `quit` when coroutines were still parked at the end (the printer
/// actor), which cancels them. Each ends with `state`.
public enum SchedulerStepEvent: Equatable, Sendable {
    /// An operation starts.
    case begin(String)
    /// A run starts: which scene it plays (after the first `begin` only).
    case scene(SchedulerScene.Kind)
    /// A step the library took.
    case scheduler(SchedulerEvent)
    /// The whole state after the operation.
    case state(SchedulerState)
}

extension SchedulerStepEvent: StepEventEncodable {
    /// A coroutine resumed (or an actor handed a message): a turn, as the
    /// session counts them.
    public var startsTurn: Bool {
        if case .scheduler(.resume) = self { return true }
        return false
    }
    public static var takesTurns: Bool { true }

    public var type: String {
        switch self {
        case .begin: "begin"
        case .scene: "scene"
        case .state: "state"
        case .scheduler(let event):
            switch event {
            case .spawn: "spawn"
            case .resume: "resume"
            case .output: "output"
            case .yield: "yield"
            case .finish: "finish"
            case .failed: "failed"
            case .cancelled: "cancelled"
            case .queue: "queue"
            case .send: "send"
            case .deliver: "deliver"
            case .drop: "drop"
            case .messages: "messages"
            }
        }
    }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation):
            object.field("operation", operation)
        case .scene(let kind):
            object.field("scene", kind.rawValue)
        case .state(let state):
            object.field("queue", state.queue)
            object.field("alive", state.alive)
            object.rawField("messages", Self.encode(state.messages))
        case .scheduler(let event):
            switch event {
            case .spawn(let task, let name):
                object.field("task", task)
                object.field("name", name)
            case .resume(let task, let message):
                object.field("task", task)
                object.field("message", message)
            case .output(let task, let text):
                object.field("task", task)
                object.field("text", text)
            case .yield(let task), .finish(let task), .cancelled(let task):
                object.field("task", task)
            case .failed(let task, let message):
                object.field("task", task)
                object.field("message", message)
            case .queue(let queue):
                object.field("queue", queue)
            case .send(let from, let to, let message):
                object.field("from", from)
                object.field("to", to)
                object.field("message", message)
            case .deliver(let actor, let task, let message):
                object.field("actor", actor)
                object.field("task", task)
                object.field("message", message)
            case .drop(let to, let message, let reason):
                object.field("to", to)
                object.field("message", message)
                object.field("reason", reason)
            case .messages(let messages):
                object.rawField("messages", Self.encode(messages))
            }
        }
    }

    /// `[["counter",3],["printer",null]]`: the name and the message, as
    /// Python would print the tuple. The coroutine id each message is for
    /// (``QueuedMessage/task``) stays out of the stream: the scenes spawn
    /// each actor name once, so the name already identifies the actor.
    static func encode(_ messages: [QueuedMessage]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, message) in messages.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            JSONObjectWriter.appendString(message.actor, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            if let value = message.message { JSONObjectWriter.appendInt(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
