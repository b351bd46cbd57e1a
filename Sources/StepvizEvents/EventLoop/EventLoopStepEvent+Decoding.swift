import StepvizCore

extension EventLoopStepEvent: StepEventDecodable {
    public typealias Setup = NoSetup
    public typealias Replay = EventLoopCheckedReplay

    public static var panel: String { EventLoopSession.panel }

    /// The inverse of ``encodeFields(into:)``.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: EventLoopCheckedReplay) throws(StreamLineError)
        -> EventLoopStepEvent?
    {
        guard let kind = EventLoopStepKind(rawValue: type) else { return nil }
        func fd(_ key: String) throws(StreamLineError) -> Int32 {
            let value = try fields.int(key)
            guard let fd = Int32(exactly: value) else { throw StreamLineError("field '\(key)' is not a descriptor: \(value)") }
            return fd
        }
        func bytes() throws(StreamLineError) -> [UInt8] {
            var bytes: [UInt8] = []
            for value in try fields.ints("bytes") {
                guard let byte = UInt8(exactly: value) else { throw StreamLineError("field 'bytes' holds \(value), not a byte") }
                bytes.append(byte)
            }
            return bytes
        }
        switch kind {
        case .begin: return .begin(try fields.string("operation"))
        case .scene: return .scene(try fields.oneOf("scene", ["server": .server, "tasks": .tasks]))
        case .error: return .error(try fields.string("message"))
        case .state:
            var interest: [EventLoopInterest] = []
            for element in try fields.array("interest") {
                guard case .array(let triple) = element, triple.count == 3, case .integer(let fd) = triple[0],
                    let fd32 = Int32(exactly: fd), case .string(let events) = triple[1], case .string(let callbacks) = triple[2]
                else {
                    throw StreamLineError("interest must be [fd, events, callbacks] triples, not \(element.kindDescription)")
                }
                interest.append(EventLoopInterest(fd: fd32, events: try Self.events(events), callbacks: callbacks))
            }
            var sockets: [Int32] = []
            for value in try fields.ints("sockets") {
                guard let fd = Int32(exactly: value) else { throw StreamLineError("field 'sockets' holds \(value), not a descriptor") }
                sockets.append(fd)
            }
            return .state(
                EventLoopState(
                    time: try fields.double("time"), ready: try fields.ints("ready"), timers: try fields.ints("timers"),
                    interest: interest, sockets: sockets))
        case .registered:
            return .loop(
                .registered(
                    fd: try fd("fd"), events: try Self.events(try fields.string("events")), callbacks: try fields.string("callbacks")))
        case .modified:
            return .loop(
                .modified(fd: try fd("fd"), events: try Self.events(try fields.string("events")), callbacks: try fields.string("callbacks"))
            )
        case .unregistered: return .loop(.unregistered(fd: try fd("fd")))
        case .select:
            var ready: [EventLoopEvent.ReadyDescriptor] = []
            for element in try fields.array("ready") {
                guard case .array(let pair) = element, pair.count == 2, case .integer(let fd) = pair[0], let fd32 = Int32(exactly: fd),
                    case .string(let events) = pair[1]
                else {
                    throw StreamLineError("ready must be [fd, events] pairs, not \(element.kindDescription)")
                }
                ready.append(.init(fd: fd32, events: try Self.events(events)))
            }
            return .loop(.selected(timeout: try fields.nullableDouble("timeout"), ready: ready))
        case .clock: return .loop(.clockAdvanced(from: try fields.double("from"), to: try fields.double("to")))
        case .queued: return .loop(.callbackQueued(id: try fields.int("id"), name: try fields.string("name")))
        case .run: return .loop(.callbackRun(id: try fields.int("id"), name: try fields.string("name")))
        case .skipped: return .loop(.callbackSkipped(id: try fields.int("id"), name: try fields.string("name")))
        case .cancelled: return .loop(.callbackCancelled(id: try fields.int("id"), name: try fields.string("name")))
        case .timerPush:
            return .loop(.timerPushed(id: try fields.int("id"), name: try fields.string("name"), when: try fields.double("when")))
        case .timerPop:
            return .loop(
                .timerPopped(
                    id: try fields.int("id"), name: try fields.string("name"), when: try fields.double("when"),
                    cancelled: try fields.bool("cancelled")))
        case .timerRebuild: return .loop(.timerHeapRebuilding(cancelled: try fields.int("cancelled")))
        case .futureDone:
            return .loop(.futureDone(id: try fields.int("future"), what: try fields.string("what"), outcome: try fields.string("outcome")))
        case .taskCreated:
            return .loop(
                .taskCreated(task: try fields.int("task"), name: try fields.string("name"), coroutine: try fields.string("coroutine")))
        case .taskStep:
            return .loop(.taskStep(task: try fields.int("task"), name: try fields.string("name"), sent: try fields.string("sent")))
        case .taskAwaits:
            return .loop(
                .taskAwaits(task: try fields.int("task"), future: try fields.nullableInt("future"), what: try fields.string("what")))
        case .taskDone:
            return .loop(.taskDone(task: try fields.int("task"), name: try fields.string("name"), outcome: try fields.string("outcome")))
        case .socketOpen:
            let role = try fields.oneOf("role", ["listener": LoopbackSocket.Role.listener, "accepted": .accepted, "client": .client])
            return .loop(.socketOpened(fd: try fd("fd"), role: role, label: try fields.string("label")))
        case .accept: return .loop(.socketAccepted(listener: try fd("listener"), connection: try fd("connection")))
        case .connected: return .loop(.socketConnected(fd: try fd("fd"), error: try fields.nullableString("error")))
        case .sent: return .loop(.socketSent(fd: try fd("fd"), bytes: try bytes()))
        case .received: return .loop(.socketReceived(fd: try fd("fd"), bytes: try bytes()))
        case .closed: return .loop(.socketClosed(fd: try fd("fd")))
        case .socketError:
            return .loop(.socketFailed(fd: try fd("fd"), operation: try fields.string("operation"), error: try fields.string("error")))
        case .output: return .loop(.output(time: try fields.double("time"), text: try fields.string("text")))
        case .iterationEnd: return .loop(.iterationEnded(iteration: try fields.int("iteration")))
        case .runEnd:
            switch try fields.string("end") {
            case "stopped": return .loop(.runEnded(.stopped))
            case "idle": return .loop(.runEnded(.idle))
            case "failed": return .loop(.runEnded(.failed(try fields.string("message"))))
            case let other: throw StreamLineError("field 'end' must be stopped, idle or failed, not '\(other)'")
            }
        }
    }

    /// `read`, `write`, `read|write`, `none`.
    static func events(_ text: String) throws(StreamLineError) -> SelectorEvents {
        switch text {
        case "read": .read
        case "write": .write
        case "read|write": [.read, .write]
        case "none": []
        default: throw StreamLineError("events must be read, write, read|write or none, not '\(text)'")
        }
    }
}
