import StepvizCore

/// A step of a threading run as the event stream and the panel see it.
///
/// Operation 0 sets the scene up (`begin`, `scene`, `state`); every later
/// operation is one turn the step gate gave a thread: `begin` naming the
/// thread, the library's ``ThreadingEvent``s of that one action, then
/// `state`, the whole ``ThreadingSnapshot``.
public enum ThreadingStepEvent: Equatable, Sendable {
    /// An operation starts: the setup (thread nil) or a thread's turn.
    case begin(String, thread: Int?)
    /// The scene (operation 0 only): its kind, threads, queue bound and
    /// variants, and its primitives as the run made them, every thread
    /// running.
    case scene(ThreadingSceneHeader)
    /// A step the library took (never `.turn`, which became `begin`).
    case threading(ThreadingEvent)
    /// The whole state after the operation.
    case state(ThreadingSnapshot)
}

extension ThreadingStepEvent: StepEventEncodable {
    /// A `begin` naming a thread: the turn the step gate gave it.
    public var startsTurn: Bool {
        if case .begin(_, thread: .some) = self { return true }
        return false
    }
    public static var takesTurns: Bool { true }

    /// The line's `type`, one of ``ThreadingStepKind``'s.
    public var kind: ThreadingStepKind {
        switch self {
        case .begin: .begin
        case .scene: .scene
        case .state: .state
        case .threading(let event):
            switch event {
            case .turn: .turn
            case .request: .request
            case .acquired: .acquired
            case .wait: .wait
            case .released: .released
            case .deadlock: .deadlock
            case .conditionWait: .conditionWait
            case .notify: .notify
            case .reacquire: .reacquire
            case .waitReturned: .waitReturned
            case .appended: .appended
            case .poppedLeft: .poppedLeft
            case .assigned: .assigned
            case .raised: .raised
            case .stuck: .stuck
            case .aborted: .aborted
            case .finished: .finished
            }
        }
    }

    public var type: String { kind.rawValue }

    public func encodeFields(into object: inout JSONObjectWriter) {
        switch self {
        case .begin(let operation, let thread):
            object.field("operation", operation)
            if let thread { object.field("thread", thread) }
        case .scene(let header):
            object.field("scene", header.scene)
            object.field("threads", header.threads)
            object.field("maxsize", header.maxsize)
            object.field("fixed", header.fixed)
            object.field("plain_lock", header.plainLock)
            ThreadingSnapshotJSON.encodePrimitives(header.initial, into: &object)
        case .state(let snapshot):
            ThreadingSnapshotJSON.encode(snapshot, into: &object)
        case .threading(let event):
            Self.encode(event, into: &object)
        }
    }

    private static func encode(_ event: ThreadingEvent, into object: inout JSONObjectWriter) {
        switch event {
        case .turn(let thread), .finished(let thread):
            object.field("thread", thread)
        case .request(let thread, let lock):
            object.field("thread", thread)
            object.field("lock", lock)
        case .acquired(let thread, let lock, let count), .released(let thread, let lock, let count):
            object.field("thread", thread)
            object.field("lock", lock)
            object.field("count", count)
        case .wait(let thread, let lock, let holder):
            object.field("thread", thread)
            object.field("lock", lock)
            object.field("holder", holder)
        case .deadlock(let cycle, let report, let victim):
            object.field("message", "deadlock detected")
            object.field("cycle", cycle)
            object.field("victim", victim)
            object.field("lines", report)
        case .conditionWait(let thread, let condition, let lock, let savedCount, let waiters):
            object.field("thread", thread)
            object.field("condition", condition)
            object.field("lock", lock)
            object.field("saved_count", savedCount)
            object.field("waiters", waiters)
        case .notify(let thread, let condition, let requested, let woken, let waiters):
            object.field("thread", thread)
            object.field("condition", condition)
            object.field("n", requested)
            object.field("woken", woken)
            object.field("waiters", waiters)
        case .reacquire(let thread, let condition, let lock):
            object.field("thread", thread)
            object.field("condition", condition)
            object.field("lock", lock)
        case .waitReturned(let thread, let condition):
            object.field("thread", thread)
            object.field("condition", condition)
        case .appended(let thread, let deque, let item, let items), .poppedLeft(let thread, let deque, let item, let items):
            object.field("thread", thread)
            object.field("deque", deque)
            object.field("item", item)
            object.field("items", items)
        case .assigned(let thread, let variable, let value):
            object.field("thread", thread)
            object.field("variable", variable)
            object.field("value", value)
        case .raised(let thread, let error):
            object.field("thread", thread)
            object.field("error", error.type)
            object.field("message", error.message)
        case .stuck(let report):
            object.field("message", "stuck")
            object.field("lines", report)
        case .aborted(let thread, let reason):
            object.field("thread", thread)
            object.field("reason", reason)
        }
    }
}
