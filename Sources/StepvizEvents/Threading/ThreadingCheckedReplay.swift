import StepvizCore

/// ``ThreadingReplay`` fed from a saved stream: every thread an event
/// names must be one of the scene's, every lock, condition, deque and
/// variable one the `scene` line made, and a scene's thread count in
/// range, checked before the event is applied (the replay would trap, or
/// allocate without bound); every `state` must equal what the events built.
///
///     var replay = ThreadingCheckedReplay(setup: NoSetup())
///     try replay.apply(.threading(.finished(thread: 1)))    // throws: thread 1 before any scene
///
/// - Complexity: O(*l* + *c* + *n*) per event.
public struct ThreadingCheckedReplay: CheckedReplay {
    /// The most threads a scene in a stream may have (the library's take at most 4).
    public static let maximumThreads = 4096

    public private(set) var replay = ThreadingReplay()
    /// The threads of the current scene (0 before the first).
    public private(set) var threads = 0

    public init(setup: NoSetup) {}

    public mutating func apply(_ event: ThreadingStepEvent) throws(StreamLineError) {
        switch event {
        case .begin(_, let thread):
            if let thread { try check(thread: thread) }
        case .scene(let header):
            guard (1...Self.maximumThreads).contains(header.threads) else {
                throw StreamLineError("threads \(header.threads) is out of range (1 to \(Self.maximumThreads))")
            }
            threads = header.threads
        case .threading(let threadingEvent):
            for thread in Self.threads(of: threadingEvent) { try check(thread: thread) }
            try checkNames(threadingEvent)
        case .state(let snapshot):
            guard snapshot == replay.state else {
                throw StreamLineError("the state disagrees with the events before it: \(Self.difference(snapshot, replay.state))")
            }
        }
        replay.apply(event)
    }

    private func check(thread: Int) throws(StreamLineError) {
        guard threads > 0 else { throw StreamLineError("thread \(thread) before any scene") }
        guard (1...threads).contains(thread) else {
            throw StreamLineError("thread \(thread) is not a thread of the scene (1 to \(threads))")
        }
    }

    private func checkNames(_ event: ThreadingEvent) throws(StreamLineError) {
        let state = replay.state
        func lock(_ name: String) throws(StreamLineError) {
            guard state.lock(name) != nil else { throw StreamLineError("lock '\(name)' is not a lock of the scene") }
        }
        func condition(_ name: String) throws(StreamLineError) {
            guard state.condition(name) != nil else { throw StreamLineError("condition '\(name)' is not a condition of the scene") }
        }
        switch event {
        case .acquired(_, let name, _), .wait(_, let name, _), .released(_, let name, _): try lock(name)
        case .conditionWait(_, let name, let lockName, _, _), .reacquire(_, let name, let lockName):
            try condition(name)
            try lock(lockName)
        case .notify(_, let name, _, _, _), .waitReturned(_, let name): try condition(name)
        case .appended(_, let name, _, _), .poppedLeft(_, let name, _, _):
            guard state.deque(name) != nil else { throw StreamLineError("deque '\(name)' is not a deque of the scene") }
        case .assigned(_, let name, _):
            guard state.variable(name) != nil else { throw StreamLineError("variable '\(name)' is not a variable of the scene") }
        case .turn, .request, .deadlock, .raised, .stuck, .aborted, .finished: break
        }
    }

    /// Every thread `event` names.
    private static func threads(of event: ThreadingEvent) -> [Int] {
        switch event {
        case .turn(let thread), .finished(let thread), .request(let thread, _), .acquired(let thread, _, _),
            .released(let thread, _, _), .aborted(let thread, _), .reacquire(let thread, _, _), .waitReturned(let thread, _),
            .appended(let thread, _, _, _), .poppedLeft(let thread, _, _, _), .assigned(let thread, _, _), .raised(let thread, _):
            [thread]
        case .wait(let thread, _, let holder): [thread, holder]
        case .deadlock(let cycle, _, let victim): cycle + [victim]
        case .conditionWait(let thread, _, _, _, let waiters): [thread] + waiters
        case .notify(let thread, _, _, let woken, let waiters): [thread] + woken + waiters
        case .stuck: []
        }
    }

    /// The first part of the state that differs: `locks [...] against [...]`.
    private static func difference(_ stated: ThreadingSnapshot, _ built: ThreadingSnapshot) -> String {
        func pair<T>(_ name: String, _ a: T, _ b: T) -> String { "\(name) \(a), the events build \(b)" }
        if stated.locks != built.locks { return pair("locks", stated.locks.map(describe), built.locks.map(describe)) }
        if stated.conditions != built.conditions {
            return pair(
                "conditions", stated.conditions.map { "\($0.name) \($0.waiters)" }, built.conditions.map { "\($0.name) \($0.waiters)" })
        }
        if stated.deques != built.deques { return pair("deques", stated.deques.map(\.items), built.deques.map(\.items)) }
        if stated.variables != built.variables {
            return pair("variables", stated.variables.map { "\($0.name)=\($0.value)" }, built.variables.map { "\($0.name)=\($0.value)" })
        }
        if stated.waits != built.waits {
            return pair(
                "waits", stated.waits.keys.sorted().map { stated.waits[$0]!.description(thread: $0) },
                built.waits.keys.sorted().map { built.waits[$0]!.description(thread: $0) })
        }
        if stated.stuck != built.stuck {
            return pair("stuck", stated.stuck ?? ["no"], built.stuck ?? ["no"])
        }
        return pair(
            "threads (running, blocked, finished, aborted)", [stated.running, stated.blocked, stated.finished, stated.aborted],
            [built.running, built.blocked, built.finished, built.aborted])
    }

    private static func describe(_ lock: ThreadingSnapshot.LockState) -> String {
        "\(lock.name) held by \(lock.holder.map(String.init) ?? "none") x\(lock.count) waiters \(lock.waiters)"
    }
}
