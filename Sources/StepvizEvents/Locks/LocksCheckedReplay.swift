import StepvizCore

/// ``LocksReplay`` fed from a saved stream: a lock or thread an event names
/// must be one of the scene's, and a scene's thread count in range, checked before
/// the event is applied (the replay would trap, or allocate without
/// bound); every `state` must equal the locks and threads the events built.
///
///     var replay = LocksCheckedReplay(setup: NoSetup())
///     try replay.apply(.lock(.acquired(thread: 1, lock: "x", count: 1)))    // throws: thread 1 before any scene
///
/// - Complexity: O(*l* + *n*) per event for *l* locks and *n* threads.
public struct LocksCheckedReplay: CheckedReplay {
    /// The most threads a scene in a stream may have (the library's scenes
    /// take at most ``LocksScene/threadRange``; a later producer may take more).
    public static let maximumThreads = 4096

    public private(set) var replay = LocksReplay()
    /// The threads of the current scene (0 before the first): a thread an
    /// event names must be one of them, or a panel would index past its rows.
    public private(set) var threads = 0

    public init(setup: NoSetup) {}

    public mutating func apply(_ event: LocksStepEvent) throws(StreamLineError) {
        switch event {
        case .begin(_, let thread):
            if let thread { try check(thread: thread) }
        case .scene(_, let threads, _, _):
            guard (1...Self.maximumThreads).contains(threads) else {
                throw StreamLineError("threads \(threads) is out of range (1 to \(Self.maximumThreads))")
            }
            self.threads = threads
        case .lock(let lockEvent):
            for thread in Self.threads(of: lockEvent) { try check(thread: thread) }
            switch lockEvent {
            case .acquired(_, let lock, _), .wait(_, let lock, _), .released(_, let lock, _):
                guard replay.state.locks.contains(where: { $0.name == lock }) else {
                    throw StreamLineError("lock '\(lock)' is not a lock of the scene")
                }
            case .turn, .request, .violation, .deadlock, .aborted, .finished:
                break
            }
        case .state(let snapshot):
            guard snapshot == replay.state else {
                throw StreamLineError(
                    "\(Self.describe(snapshot)) disagree with the events before it, which build \(Self.describe(replay.state))")
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

    /// Every thread `event` names.
    private static func threads(of event: LockEvent) -> [Int] {
        switch event {
        case .turn(let thread), .finished(let thread), .request(let thread, _, _), .acquired(let thread, _, _),
            .released(let thread, _, _), .violation(let thread, _, _), .aborted(let thread, _):
            [thread]
        case .wait(let thread, _, let holder): [thread, holder]
        case .deadlock(let cycle, _, let victim): cycle + [victim]
        }
    }

    private static func describe(_ state: LockRunSnapshot) -> String {
        let locks = state.locks.map { lock in
            "\(lock.name) held by \(lock.holder.map(String.init) ?? "none") x\(lock.count) waiters \(lock.waiters)"
        }
        return "locks [\(locks.joined(separator: "; "))], running \(state.running), blocked \(state.blocked), "
            + "finished \(state.finished), aborted \(state.aborted)"
    }
}
