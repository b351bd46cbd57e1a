/// Who waits for whom among threads: an edge "thread A waits for lock X;
/// blocked by thread B" for every thread blocked on a lock. A thread waits
/// for one lock at a time, so each thread has at most one outgoing edge and
/// finding a cycle is a walk along the holders.
///
/// Kept acyclic: ``addWait(_:)`` reports the cycle a new edge would close
/// (the caller then picks a victim and removes its edge).
///
///     var graph = WaitForGraph()
///     graph.addWait(.init(waiter: 1, lock: "y", holder: 2))    // nil
///     graph.addWait(.init(waiter: 2, lock: "x", holder: 1))    // the cycle 2 → 1 → 2
///
/// - Complexity: O(1) to add or remove an edge besides the cycle walk,
///   which is O(*t*) for *t* waiting threads.
public struct WaitForGraph: Sendable, Equatable {
    /// Thread `waiter` waits for `lock`, which thread `holder` holds.
    ///
    ///     WaitForGraph.Edge(waiter: 1, lock: "y", holder: 2).description
    ///     // "thread 1 waits for lock y; blocked by thread 2"
    public struct Edge: Sendable, Equatable, Hashable, CustomStringConvertible {
        /// The blocked thread.
        public let waiter: Int
        /// The name of the lock it waits for.
        public let lock: String
        /// The thread holding that lock.
        public let holder: Int

        /// The edge "thread `waiter` waits for `lock`; blocked by thread `holder`".
        ///
        /// - Complexity: O(1)
        public init(waiter: Int, lock: String, holder: Int) {
            self.waiter = waiter
            self.lock = lock
            self.holder = holder
        }

        /// The PostgreSQL-style line: "thread 1 waits for lock y; blocked by thread 2".
        ///
        /// - Complexity: O(1)
        public var description: String { "thread \(waiter) waits for lock \(lock); blocked by thread \(holder)" }
    }

    @usableFromInline
    internal var _edgeByWaiter: [Int: Edge] = [:]

    /// A graph with no edges: nobody waits.
    ///
    /// - Complexity: O(1)
    public init() {}

    /// Every edge, by waiting thread.
    ///
    /// - Complexity: O(*t* log *t*)
    public var edges: [Edge] { _edgeByWaiter.values.sorted { $0.waiter < $1.waiter } }

    /// The edge leaving `thread`, if it waits.
    ///
    /// - Complexity: O(1)
    public func edge(from thread: Int) -> Edge? { _edgeByWaiter[thread] }

    /// Adds (or replaces) `edge.waiter`'s edge and returns the cycle it
    /// closes, starting with `edge`, or nil. A thread waiting for a lock it
    /// holds itself is a cycle of one edge.
    ///
    /// - Complexity: O(*t*)
    @discardableResult
    public mutating func addWait(_ edge: Edge) -> [Edge]? {
        _edgeByWaiter[edge.waiter] = edge
        let cycle = self.cycle(through: edge.waiter)
        if cycle == nil { _checkInvariants() }
        return cycle
    }

    /// Removes `thread`'s edge (it got its lock, or it backed off).
    ///
    /// - Complexity: O(1)
    public mutating func removeWait(of thread: Int) {
        _edgeByWaiter[thread] = nil
        _checkInvariants()
    }

    /// The cycle through `thread`, following holders from its edge, or nil.
    ///
    /// - Complexity: O(*t*)
    public func cycle(through thread: Int) -> [Edge]? {
        guard var edge = _edgeByWaiter[thread] else { return nil }
        var path = [edge]
        // Bounded by the number of edges: a longer walk would be a cycle
        // that does not pass through `thread`.
        while edge.holder != thread {
            guard let next = _edgeByWaiter[edge.holder], path.count <= _edgeByWaiter.count else { return nil }
            path.append(next)
            edge = next
        }
        return path
    }

    /// Traps, naming the thread, when some edge lies on a cycle.
    /// Compiled in only with STEPVIZ_INTERNAL_CHECKS (debug builds).
    internal func _checkInvariants() {
        #if STEPVIZ_INTERNAL_CHECKS
        for waiter in _edgeByWaiter.keys {
            precondition(cycle(through: waiter) == nil, "WaitForGraph invariant: thread \(waiter) is on a cycle")
        }
        #endif
    }
}
