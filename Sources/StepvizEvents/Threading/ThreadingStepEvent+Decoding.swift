import StepvizCore

extension ThreadingStepEvent: StepEventDecodable {
    public typealias Setup = NoSetup
    public typealias Replay = ThreadingCheckedReplay

    public static var panel: String { ThreadingSession.panel }

    /// The inverse of ``encodeFields(into:)``. The fixed `message` of a
    /// `deadlock` or `stuck` is not read: the encoder writes a constant.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: ThreadingCheckedReplay) throws(StreamLineError)
        -> ThreadingStepEvent?
    {
        guard let kind = ThreadingStepKind(rawValue: type) else { return nil }
        func thread() throws(StreamLineError) -> Int { try fields.int("thread") }
        func string(_ key: String) throws(StreamLineError) -> String { try fields.string(key) }
        switch kind {
        case .begin: return .begin(try string("operation"), thread: try fields.optionalInt("thread"))
        case .scene:
            var initial = try ThreadingSnapshotJSON.decodePrimitives(fields)
            let threads = try fields.int("threads")
            if (1...ThreadingCheckedReplay.maximumThreads).contains(threads) { initial.running = Array(1...threads) }
            return .scene(
                ThreadingSceneHeader(
                    scene: try string("scene"), threads: threads, maxsize: try fields.int("maxsize"), fixed: try fields.bool("fixed"),
                    plainLock: try fields.bool("plain_lock"), initial: initial))
        case .state: return .state(try ThreadingSnapshotJSON.decode(fields))
        case .turn: return .threading(.turn(thread: try thread()))
        case .finished: return .threading(.finished(thread: try thread()))
        case .request: return .threading(.request(thread: try thread(), lock: try string("lock")))
        case .acquired: return .threading(.acquired(thread: try thread(), lock: try string("lock"), count: try fields.int("count")))
        case .released: return .threading(.released(thread: try thread(), lock: try string("lock"), count: try fields.int("count")))
        case .wait: return .threading(.wait(thread: try thread(), lock: try string("lock"), holder: try fields.int("holder")))
        case .deadlock:
            return .threading(
                .deadlock(cycle: try fields.ints("cycle"), report: try fields.strings("lines"), victim: try fields.int("victim")))
        case .conditionWait:
            return .threading(
                .conditionWait(
                    thread: try thread(), condition: try string("condition"), lock: try string("lock"),
                    savedCount: try fields.int("saved_count"), waiters: try fields.ints("waiters")))
        case .notify:
            return .threading(
                .notify(
                    thread: try thread(), condition: try string("condition"), requested: try fields.int("n"),
                    woken: try fields.ints("woken"), waiters: try fields.ints("waiters")))
        case .reacquire: return .threading(.reacquire(thread: try thread(), condition: try string("condition"), lock: try string("lock")))
        case .waitReturned: return .threading(.waitReturned(thread: try thread(), condition: try string("condition")))
        case .appended:
            return .threading(
                .appended(thread: try thread(), deque: try string("deque"), item: try string("item"), items: try fields.strings("items")))
        case .poppedLeft:
            return .threading(
                .poppedLeft(thread: try thread(), deque: try string("deque"), item: try string("item"), items: try fields.strings("items")))
        case .assigned: return .threading(.assigned(thread: try thread(), variable: try string("variable"), value: try string("value")))
        case .raised: return .threading(.raised(thread: try thread(), error: PythonError(try string("error"), try string("message"))))
        case .stuck: return .threading(.stuck(report: try fields.strings("lines")))
        case .aborted: return .threading(.aborted(thread: try thread(), reason: try string("reason")))
        }
    }
}
