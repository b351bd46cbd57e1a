/// The whole state of a ``GatedThreadingRun`` between two steps: every
/// lock (holder, count, waiters in line), every condition (its waiters,
/// first to be woken first), every shared deque and variable, what each
/// blocked thread waits for, and who runs, waits or has ended. What a
/// panel's model must equal after every step.
///
///     snapshot.conditions[0].waiters    // [2, 3]: notify() wakes thread 2
///
/// - Complexity: O(*l* + *c* + *d* + *v* + *n*) memory.
public struct ThreadingSnapshot: Sendable, Hashable {
    /// A `Lock` or `RLock`.
    public struct LockState: Sendable, Hashable {
        /// Its name on screen and in the events.
        public var name: String
        /// Whether it is an `RLock`.
        public var reentrant: Bool
        /// The thread that holds it, nil when free.
        public var holder: Int?
        /// Holds of the holder (0 when free; 1 at most for a plain lock).
        public var count: Int
        /// Threads blocked in `acquire()` (or a re-acquire), first in line first.
        public var waiters: [Int]

        /// A lock's state from its parts (a replay rebuilds them from events).
        public init(name: String, reentrant: Bool, holder: Int?, count: Int, waiters: [Int]) {
            self.name = name
            self.reentrant = reentrant
            self.holder = holder
            self.count = count
            self.waiters = waiters
        }
    }

    /// A `Condition`: its lock's name and its waiters' queue.
    public struct ConditionState: Sendable, Hashable {
        /// Its name on screen and in the events.
        public var name: String
        /// The name of its lock.
        public var lock: String
        /// Threads in `wait()` not yet notified, first to be woken first.
        public var waiters: [Int]

        /// A condition's state from its parts.
        public init(name: String, lock: String, waiters: [Int]) {
            self.name = name
            self.lock = lock
            self.waiters = waiters
        }
    }

    /// A shared deque (a `queue.Queue`'s `queue`, a scene's `items`).
    public struct DequeState: Sendable, Hashable {
        /// Its name on screen and in the events.
        public var name: String
        /// Left to right, as Python prints them.
        public var items: [String]

        /// A deque's state from its parts.
        public init(name: String, items: [String]) {
            self.name = name
            self.items = items
        }
    }

    /// A shared variable (`ready`, a semaphore's `_value`, `unfinished_tasks`).
    public struct VariableState: Sendable, Hashable {
        /// Its name on screen and in the events.
        public var name: String
        /// As Python prints it (`True`, `3`).
        public var value: String

        /// A variable's state from its parts.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Every lock, in the order the run made them.
    public var locks: [LockState]
    /// Every condition, in the order the run made them.
    public var conditions: [ConditionState]
    /// Every shared deque.
    public var deques: [DequeState]
    /// Every shared variable.
    public var variables: [VariableState]
    /// What each blocked thread waits for, by thread id.
    public var waits: [Int: ThreadWait]
    /// Threads that can move.
    public var running: [Int]
    /// Threads waiting (for a lock, on a condition, in a re-acquire).
    public var blocked: [Int]
    /// Threads whose body returned or raised.
    public var finished: [Int]
    /// Threads that backed off from a deadlock.
    public var aborted: [Int]
    /// The stuck report when the run ended stuck (see ``ThreadingEvent/stuck(report:)``).
    public var stuck: [String]?

    /// A snapshot from its parts, for readers that rebuild one from
    /// somewhere other than a run (a saved event stream, a replay).
    ///
    /// - Complexity: O(1)
    public init(
        locks: [LockState], conditions: [ConditionState], deques: [DequeState], variables: [VariableState],
        waits: [Int: ThreadWait], running: [Int], blocked: [Int], finished: [Int], aborted: [Int], stuck: [String]?
    ) {
        self.locks = locks
        self.conditions = conditions
        self.deques = deques
        self.variables = variables
        self.waits = waits
        self.running = running
        self.blocked = blocked
        self.finished = finished
        self.aborted = aborted
        self.stuck = stuck
    }

    /// The lock named `name`.
    ///
    /// - Complexity: O(*l*)
    public func lock(_ name: String) -> LockState? { locks.first { $0.name == name } }
    /// The condition named `name`.
    ///
    /// - Complexity: O(*c*)
    public func condition(_ name: String) -> ConditionState? { conditions.first { $0.name == name } }
    /// The deque named `name`.
    ///
    /// - Complexity: O(*d*)
    public func deque(_ name: String) -> DequeState? { deques.first { $0.name == name } }
    /// The value of the variable named `name`.
    ///
    /// - Complexity: O(*v*)
    public func variable(_ name: String) -> String? { variables.first { $0.name == name }?.value }
}
