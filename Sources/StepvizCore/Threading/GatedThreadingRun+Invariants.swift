extension GatedThreadingRun {
    /// What is wrong with a run's bookkeeping between two turns, or nil:
    ///
    /// - a lock has a holder exactly when its count is above 0, and a plain
    ///   lock is held once at most;
    /// - every waiter of a lock is blocked at the gate, waits for that lock
    ///   (an acquire or a re-acquire) with an edge to its current holder;
    /// - every waiter of a condition is blocked at the gate, waits on that
    ///   condition, and does not hold its lock (`wait` released it all);
    /// - every thread blocked at the gate waits for exactly one thing, and
    ///   a thread that waits for nothing is not blocked;
    /// - no cycle of lock waits remains (a victim backed off).
    ///
    /// A pure function of the state so tests can feed it broken states;
    /// ``_checkInvariants()`` traps with its message.
    ///
    /// - Complexity: O(*l* + *c* + *w* + *n t*) for *l* locks, *c*
    ///   conditions, *w* waiters, *n* threads and *t* waiting threads.
    internal static func _invariantViolation(
        locks: [_LockBook], conditions: [_ConditionBook], waits: [Int: ThreadWait],
        graph: WaitForGraph, statuses: [StepGate.Status]
    ) -> String? {
        var waitingIn: [Int: String] = [:]
        func isBlocked(_ thread: Int) -> Bool { statuses.indices.contains(thread - 1) && statuses[thread - 1] == .blocked }
        for lock in locks {
            if (lock.holder != nil) != (lock.count > 0) {
                return "lock \(lock.name) has holder \(lock.holder.map(String.init) ?? "none") but count \(lock.count)"
            }
            if !lock.reentrant && lock.count > 1 { return "plain lock \(lock.name) is held \(lock.count) times" }
            for waiter in lock.waiters {
                if let other = waitingIn[waiter] { return "thread \(waiter) waits in both \(other) and lock \(lock.name)" }
                waitingIn[waiter] = "lock \(lock.name)"
                guard isBlocked(waiter) else { return "thread \(waiter) waits for lock \(lock.name) but is not blocked at the gate" }
                guard let holder = lock.holder, let edge = waits[waiter]?.lockEdge, edge.lock == lock.name, edge.holder == holder,
                    graph.edge(from: waiter) == .init(waiter: waiter, lock: lock.name, holder: holder)
                else {
                    return
                        "thread \(waiter) waits for lock \(lock.name) held by \(lock.holder.map(String.init) ?? "nobody") but its wait says \(waits[waiter].map { $0.description(thread: waiter) } ?? "nothing")"
                }
            }
        }
        for condition in conditions {
            for waiter in condition.waiters.map(\.thread) {
                if let other = waitingIn[waiter] { return "thread \(waiter) waits in both \(other) and condition \(condition.name)" }
                waitingIn[waiter] = "condition \(condition.name)"
                guard isBlocked(waiter) else {
                    return "thread \(waiter) waits on condition \(condition.name) but is not blocked at the gate"
                }
                guard waits[waiter] == .condition(condition.name, lock: locks[condition.lock].name) else {
                    return
                        "thread \(waiter) waits on condition \(condition.name) but its wait says \(waits[waiter].map { $0.description(thread: waiter) } ?? "nothing")"
                }
                if locks[condition.lock].holder == waiter {
                    return "thread \(waiter) waits on condition \(condition.name) still holding lock \(locks[condition.lock].name)"
                }
            }
        }
        for (index, status) in statuses.enumerated() {
            let id = index + 1
            if status == .blocked && waitingIn[id] == nil { return "thread \(id) is blocked at the gate but waits for nothing" }
            if status != .blocked && waits[id] != nil {
                return "thread \(id) is not blocked but its wait says \(waits[id]!.description(thread: id))"
            }
        }
        for edge in graph.edges {
            if let cycle = graph.cycle(through: edge.waiter) {
                return "a wait-for cycle remains: \(cycle.map(\.description).joined(separator: "; "))"
            }
        }
        return nil
    }
}
