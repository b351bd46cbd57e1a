import StepvizCore

extension SchedulerStepEvent: StepEventDecodable {
    public typealias Setup = NoSetup
    public typealias Replay = SchedulerCheckedReplay

    public static var panel: String { SchedulerSession.panel }

    /// The inverse of ``encodeFields(into:)``. `messages` arrays carry
    /// `[actor, message]` without the coroutine id (``QueuedMessage/task``):
    /// it is filled back in from the run's `spawn` events, the id the
    /// library gave the actor of that name (the latest, should a name be
    /// spawned twice; the scenes spawn each name once).
    ///
    /// - Complexity: O(the line's size), plus O(*t*) per message for *t* coroutines spawned.
    public static func decode(type: String, fields: JSONObject, after replay: SchedulerCheckedReplay) throws(StreamLineError)
        -> SchedulerStepEvent?
    {
        switch type {
        case "begin": return .begin(try fields.string("operation"))
        case "scene": return .scene(try fields.oneOf("scene", ["tasks": .tasks, "actors": .actors]))
        case "state":
            return .state(
                SchedulerState(
                    queue: try fields.ints("queue"), alive: try fields.ints("alive"),
                    messages: try messages(fields, names: replay.replay.names)))
        case "spawn": return .scheduler(.spawn(task: try fields.int("task"), name: try fields.string("name")))
        case "resume": return .scheduler(.resume(task: try fields.int("task"), message: try fields.nullableInt("message")))
        case "output": return .scheduler(.output(task: try fields.int("task"), text: try fields.string("text")))
        case "yield": return .scheduler(.yield(task: try fields.int("task")))
        case "finish": return .scheduler(.finish(task: try fields.int("task")))
        case "cancelled": return .scheduler(.cancelled(task: try fields.int("task")))
        case "failed": return .scheduler(.failed(task: try fields.int("task"), message: try fields.string("message")))
        case "queue": return .scheduler(.queue(try fields.ints("queue")))
        case "send":
            return .scheduler(
                .send(from: try fields.nullableInt("from"), to: try fields.string("to"), message: try fields.nullableInt("message")))
        case "deliver":
            return .scheduler(
                .deliver(actor: try fields.string("actor"), task: try fields.int("task"), message: try fields.nullableInt("message")))
        case "drop":
            return .scheduler(
                .drop(to: try fields.string("to"), message: try fields.nullableInt("message"), reason: try fields.string("reason")))
        case "messages": return .scheduler(.messages(try messages(fields, names: replay.replay.names)))
        default: return nil
        }
    }

    /// `[["counter",3],["printer",null]]`, each for the coroutine spawned with that name.
    private static func messages(_ fields: JSONObject, names: [Int: String]) throws(StreamLineError) -> [QueuedMessage] {
        var messages: [QueuedMessage] = []
        for element in try fields.array("messages") {
            guard case .array(let pair) = element, pair.count == 2, case .string(let actor) = pair[0] else {
                throw StreamLineError("messages must be [actor, message] pairs, not \(element.kindDescription)")
            }
            let message: Int?
            switch pair[1] {
            case .null: message = nil
            case .integer(let value): message = value
            default: throw StreamLineError("a message must be an integer or null, not \(pair[1].kindDescription)")
            }
            guard let task = names.filter({ $0.value == actor }).keys.max() else {
                throw StreamLineError("a message for '\(actor)', which no spawn of this run named")
            }
            messages.append(QueuedMessage(actor: actor, task: task, message: message))
        }
        return messages
    }
}
