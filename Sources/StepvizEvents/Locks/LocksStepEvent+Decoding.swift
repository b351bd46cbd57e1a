import StepvizCore

extension LocksStepEvent: StepEventDecodable {
    public typealias Setup = NoSetup
    public typealias Replay = LocksCheckedReplay

    public static var panel: String { LocksSession.panel }

    /// The inverse of ``encodeFields(into:)``. The fixed `message` of a
    /// `violation` or `deadlock` is not read: the encoder writes a constant.
    ///
    /// - Complexity: O(the line's size).
    public static func decode(type: String, fields: JSONObject, after replay: LocksCheckedReplay) throws(StreamLineError) -> LocksStepEvent?
    {
        switch type {
        case "begin": return .begin(try fields.string("operation"), thread: try fields.optionalInt("thread"))
        case "scene":
            return .scene(
                name: try fields.string("scene"), threads: try fields.int("threads"), ordered: try fields.bool("ordered"),
                locks: try locks(fields))
        case "state":
            return .state(
                LockRunSnapshot(
                    locks: try locks(fields), running: try fields.ints("running"), blocked: try fields.ints("blocked"),
                    finished: try fields.ints("finished"), aborted: try fields.ints("aborted")))
        case "turn": return .lock(.turn(thread: try fields.int("thread")))
        case "finished": return .lock(.finished(thread: try fields.int("thread")))
        case "request":
            return .lock(.request(thread: try fields.int("thread"), lock: try fields.string("lock"), rank: try fields.int("rank")))
        case "acquired":
            return .lock(.acquired(thread: try fields.int("thread"), lock: try fields.string("lock"), count: try fields.int("count")))
        case "released":
            return .lock(.released(thread: try fields.int("thread"), lock: try fields.string("lock"), count: try fields.int("count")))
        case "wait":
            return .lock(.wait(thread: try fields.int("thread"), lock: try fields.string("lock"), holder: try fields.int("holder")))
        case "violation":
            return .lock(.violation(thread: try fields.int("thread"), lock: try fields.string("lock"), held: try fields.strings("held")))
        case "deadlock":
            return .lock(.deadlock(cycle: try fields.ints("cycle"), report: try fields.strings("lines"), victim: try fields.int("victim")))
        case "aborted": return .lock(.aborted(thread: try fields.int("thread"), reason: try fields.string("reason")))
        default: return nil
        }
    }

    /// `locks`: `[{"lock":"x","rank":1,"holder":null,"count":0,"waiters":[]}, ...]`
    private static func locks(_ fields: JSONObject) throws(StreamLineError) -> [LockRunSnapshot.LockState] {
        var locks: [LockRunSnapshot.LockState] = []
        for lock in try fields.objects("locks") {
            locks.append(
                .init(
                    name: try lock.string("lock"), rank: try lock.int("rank"), holder: try lock.nullableInt("holder"),
                    count: try lock.int("count"), waiters: try lock.ints("waiters")))
        }
        return locks
    }
}
