extension GatedThreadRun {
    /// What is wrong with a run's bookkeeping between two turns, or nil:
    ///
    /// - a lock has a holder exactly when its count is above 0;
    /// - every waiter of a lock is blocked at the gate and has a wait-for
    ///   edge to that lock's current holder;
    /// - every thread blocked at the gate waits for exactly one lock;
    /// - no wait-for cycle remains (a victim backed off and took its edge
    ///   with it).
    ///
    /// A pure function of the state so tests can feed it broken states;
    /// ``_checkInvariants()`` traps with its message.
    ///
    /// - Complexity: O(*l* + *w* + *n t*) for *l* locks, *w* waiters,
    ///   *n* threads and *t* waiting threads.
    internal static func _invariantViolation(
        books: [_LockBook], graph: WaitForGraph,
        statuses: [StepGate.Status]
    ) -> String? {
        var waitsFor: [Int: String] = [:]
        for book in books {
            let name = book.lock.name
            if (book.holder != nil) != (book.count > 0) {
                return "lock \(name) has holder \(book.holder.map(String.init) ?? "none") but count \(book.count)"
            }
            for waiter in book.waiters {
                if let other = waitsFor[waiter] {
                    return "thread \(waiter) waits for both \(other) and \(name)"
                }
                waitsFor[waiter] = name
                guard statuses.indices.contains(waiter - 1), statuses[waiter - 1] == .blocked else {
                    return "thread \(waiter) waits for \(name) but is not blocked at the gate"
                }
                guard let edge = graph.edge(from: waiter) else {
                    return "thread \(waiter) waits for \(name) but has no wait-for edge"
                }
                guard edge.lock == name, let holder = book.holder, edge.holder == holder else {
                    return
                        "thread \(waiter) waits for \(name) held by \(book.holder.map(String.init) ?? "nobody") but its edge says: \(edge)"
                }
            }
        }
        for (index, status) in statuses.enumerated() where status == .blocked && waitsFor[index + 1] == nil {
            return "thread \(index + 1) is blocked at the gate but waits for no lock"
        }
        for edge in graph.edges {
            if let cycle = graph.cycle(through: edge.waiter) {
                return "a wait-for cycle remains: \(cycle.map(\.description).joined(separator: "; "))"
            }
        }
        return nil
    }
}
