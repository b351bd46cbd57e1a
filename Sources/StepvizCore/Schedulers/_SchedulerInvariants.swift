/// The invariants both schedulers keep between steps, as a pure function
/// so tests can feed it broken states; each scheduler's
/// `_checkInvariants()` traps with its message in debug builds.
internal enum _SchedulerInvariants {
    /// What is wrong, or nil: every id in `queued` is alive (a finished
    /// coroutine is never queued), no id is queued twice, and no coroutine
    /// is running (`running` is nil between steps: at most one ever runs,
    /// which the pool checks on every resume).
    ///
    /// - Complexity: O(*q* + *a*) for *q* queued and *a* alive.
    static func violation(queued: [Int], alive: [Int], running: Int?) -> String? {
        if let running { return "coroutine \(running) is still running between steps" }
        let living = Set(alive)
        var seen: Set<Int> = []
        for id in queued {
            if !living.contains(id) { return "queued coroutine \(id) is not alive (it ended)" }
            if !seen.insert(id).inserted { return "coroutine \(id) is queued twice" }
        }
        return nil
    }

    /// What is wrong with an actor scheduler between steps, or nil: no
    /// coroutine is running, and every queued message is for a coroutine
    /// that was spawned (ids 1...`spawned`). A message may wait for an
    /// actor that has since ended (Python queues it too; it is dropped
    /// when due), so aliveness is not required here.
    ///
    /// - Complexity: O(*m*) for *m* messages.
    static func violation(messages: [QueuedMessage], spawned: Int, running: Int?) -> String? {
        if let running { return "coroutine \(running) is still running between steps" }
        for message in messages where message.task < 1 || message.task > spawned {
            return "message \(message) is queued for coroutine \(message.task), which was never spawned"
        }
        return nil
    }
}
