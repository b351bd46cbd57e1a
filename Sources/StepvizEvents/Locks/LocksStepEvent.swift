import StepvizCore

/// A step of a locks run as the event stream and the panel see it.
///
/// Operation 0 sets the scene up (`begin`, `scene`, `state`); every later
/// operation is one turn the step gate gave a thread: `begin` naming the
/// thread, the library's ``LockEvent``s of that one action, then `state`.
public enum LocksStepEvent: Equatable, Sendable {
    /// An operation starts: the setup (thread nil) or a thread's turn.
    case begin(String, thread: Int?)
    /// The scene: its name, threads and locks (operation 0 only).
    case scene(name: String, threads: Int, ordered: Bool, locks: [LockRunSnapshot.LockState])
    /// A step the library took (never `.turn`, which became `begin`).
    case lock(LockEvent)
    /// The whole state after the operation.
    case state(LockRunSnapshot)
}

extension LocksStepEvent: StepEventEncodable {
    /// A `begin` naming a thread: the turn the step gate gave it.
    public var startsTurn: Bool {
        if case .begin(_, thread: .some) = self { return true }
        return false
    }
    public static var takesTurns: Bool { true }

    public var type: String {
        switch self {
        case .begin: "begin"
        case .scene: "scene"
        case .state: "state"
        case .lock(let event):
            switch event {
            case .turn: "turn"
            case .request: "request"
            case .acquired: "acquired"
            case .wait: "wait"
            case .released: "released"
            case .violation: "violation"
            case .deadlock: "deadlock"
            case .aborted: "aborted"
            case .finished: "finished"
            }
        }
    }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation, let thread):
            object.field("operation", operation)
            if let thread { object.field("thread", thread) }
        case .scene(let name, let threads, let ordered, let locks):
            object.field("scene", name)
            object.field("threads", threads)
            object.field("ordered", ordered)
            object.rawField("locks", Self.encode(locks))
        case .state(let snapshot):
            object.rawField("locks", Self.encode(snapshot.locks))
            object.field("running", snapshot.running)
            object.field("blocked", snapshot.blocked)
            object.field("finished", snapshot.finished)
            object.field("aborted", snapshot.aborted)
        case .lock(let event):
            switch event {
            case .turn(let thread), .finished(let thread):
                object.field("thread", thread)
            case .request(let thread, let lock, let rank):
                object.field("thread", thread)
                object.field("lock", lock)
                object.field("rank", rank)
            case .acquired(let thread, let lock, let count), .released(let thread, let lock, let count):
                object.field("thread", thread)
                object.field("lock", lock)
                object.field("count", count)
            case .wait(let thread, let lock, let holder):
                object.field("thread", thread)
                object.field("lock", lock)
                object.field("holder", holder)
            case .violation(let thread, let lock, let held):
                object.field("thread", thread)
                object.field("lock", lock)
                object.field("held", held)
                object.field("message", LockOrderViolation.message)
            case .deadlock(let cycle, let report, let victim):
                object.field("message", "deadlock detected")
                object.field("cycle", cycle)
                object.field("victim", victim)
                object.field("lines", report)
            case .aborted(let thread, let reason):
                object.field("thread", thread)
                object.field("reason", reason)
            }
        }
    }

    /// `[{"lock":"x","rank":1,"holder":2,"count":1,"waiters":[1]}, ...]`
    static func encode(_ locks: [LockRunSnapshot.LockState]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, lock) in locks.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var object = JSONObjectWriter(bytes: bytes)
            object.field("lock", lock.name)
            object.field("rank", lock.rank)
            object.field("holder", lock.holder)
            object.field("count", lock.count)
            object.field("waiters", lock.waiters)
            bytes = object.finish()
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}
