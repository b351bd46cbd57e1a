/// The threading scenes of issue 19 as programs for a ``GatedThreadingRun``:
/// the Python each one runs is in ``Kind``'s cases. A scene is a value;
/// ``makeBody(in:)`` creates its primitives in a run and returns the body
/// its threads run, so every run (and every run of an exploration) starts
/// from fresh state.
///
///     let scene = try ThreadingScene(.stolenWakeup)
///     let (run, body) = scene.makeRun(seed: 4)
///     let end = run.run(body)
///     end.aborted    // [2] under the schedules where a consumer's wakeup is stolen
///
/// - Complexity: O(1) to build; a run is its steps.
public struct ThreadingScene: Sendable, Hashable {
    /// Which scene.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Thread 1 puts `items` × (threads − 1) items into a bounded
        /// `queue.Queue(maxsize)` then `q.join()`s; threads 2... each
        /// `q.get()` and `q.task_done()` `items` times.
        case producerConsumer = "producer-consumer"
        /// Thread 1: `for i in 1..threads-1: with cond: items.append(i);
        /// cond.notify()`. The others: `with cond: if not items:
        /// cond.wait(); items.popleft()` — `while` with `fixed`.
        case stolenWakeup = "stolen-wakeup"
        /// Threads 1...threads-1: `with cond: cond.wait()` — with `fixed`,
        /// `cond.wait_for(lambda: ready)`. The last thread: `with cond:
        /// ready = True; cond.notify_all()`.
        case lostWakeup = "lost-wakeup"
        /// Each thread: `def outer(): with lock: inner()`, `def inner():
        /// with lock: counter += 1` over an RLock (counts 1, 2, 1, 0), or
        /// over a plain Lock with `plainLock` (it waits for itself).
        case reentrant

        /// The threads it takes: the fewest, the default and the most.
        public var threadRange: ClosedRange<Int> {
            switch self {
            case .producerConsumer, .stolenWakeup: 2...4
            case .lostWakeup: 2...4
            case .reentrant: 1...3
            }
        }

        /// The threads it runs when `--threads` is not given.
        public var defaultThreads: Int {
            switch self {
            case .producerConsumer, .stolenWakeup: 3
            case .lostWakeup: 2
            case .reentrant: 1
            }
        }

        /// Whether `--fixed` gives a correct version of it.
        public var hasFixedVariant: Bool { self == .stolenWakeup || self == .lostWakeup }
        /// Whether `--plain-lock` applies.
        public var hasPlainLockVariant: Bool { self == .reentrant }
        /// Whether `--maxsize` applies.
        public var hasMaxsize: Bool { self == .producerConsumer }

        /// The "you schedule" challenge: what to make happen.
        public var challenge: String {
            switch self {
            case .producerConsumer: "make the producer wait for room in the queue"
            case .stolenWakeup: "make a consumer find the queue empty"
            case .lostWakeup: "lose the wakeup"
            case .reentrant: "make a thread wait for itself (with --plain-lock)"
            }
        }
    }

    /// Bad input for a scene: one line naming it.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public let description: String
    }

    /// Which scene.
    public let kind: Kind
    /// How many threads it runs.
    public let threads: Int
    /// `queue.Queue(maxsize)` of producer-consumer (1 for the others).
    public let maxsize: Int
    /// Items each consumer takes (producer-consumer).
    public let itemsPerConsumer: Int
    /// `--fixed`: the correct version (`while` around `wait`, or `wait_for`).
    public let fixed: Bool
    /// `--plain-lock`: the reentrant scene with a plain `Lock`, which waits for itself.
    public let plainLock: Bool

    /// The scene `kind` with `threads` (its default when nil), `maxsize`
    /// (1 when nil) and its variants; throws ``Problem`` for a `maxsize`
    /// below 1, threads outside ``Kind/threadRange``, `fixed` or
    /// `plainLock` on a scene without that variant.
    ///
    /// - Complexity: O(1)
    public init(
        _ kind: Kind, threads: Int? = nil, maxsize: Int? = nil, itemsPerConsumer: Int = 2,
        fixed: Bool = false, plainLock: Bool = false
    ) throws(Problem) {
        let threads = threads ?? kind.defaultThreads
        guard kind.threadRange.contains(threads) else {
            throw Problem(
                description:
                    "scene \(kind.rawValue) takes \(kind.threadRange.lowerBound) to \(kind.threadRange.upperBound) threads, not \(threads)")
        }
        if let maxsize {
            guard kind.hasMaxsize else { throw Problem(description: "scene \(kind.rawValue) has no --maxsize") }
            guard maxsize >= 1 else { throw Problem(description: "--maxsize must be at least 1, not \(maxsize)") }
        }
        guard !fixed || kind.hasFixedVariant else { throw Problem(description: "scene \(kind.rawValue) has no --fixed variant") }
        guard !plainLock || kind.hasPlainLockVariant else {
            throw Problem(description: "scene \(kind.rawValue) has no --plain-lock variant")
        }
        guard itemsPerConsumer >= 1 else { throw Problem(description: "items per consumer must be at least 1, not \(itemsPerConsumer)") }
        self.kind = kind
        self.threads = threads
        self.maxsize = maxsize ?? 1
        self.itemsPerConsumer = itemsPerConsumer
        self.fixed = fixed
        self.plainLock = plainLock
    }

    /// A run of this scene and the body its threads run.
    ///
    /// - Complexity: O(*n*)
    public func makeRun(
        seed: UInt64, schedule: TurnSchedule? = nil, chooser: (any TurnChooser)? = nil,
        observer: (@Sendable (ThreadingEvent) -> Void)? = nil,
        snapshotObserver: (@Sendable (ThreadingSnapshot) -> Void)? = nil
    )
        -> (run: GatedThreadingRun, body: @Sendable (Int) throws -> Void)
    {
        let run = GatedThreadingRun(
            seed: seed, threads: threads, schedule: schedule, chooser: chooser,
            observer: observer, snapshotObserver: snapshotObserver)
        return (run, makeBody(in: run))
    }

    /// Creates the scene's primitives in `run` (before it starts) and
    /// returns the body of thread `id`.
    ///
    /// - Complexity: O(1)
    public func makeBody(in run: GatedThreadingRun) -> @Sendable (Int) throws -> Void {
        switch kind {
        case .producerConsumer:
            let q = Queue<Int>("q", maxsize: maxsize, in: run)
            let consumers = threads - 1
            let each = itemsPerConsumer
            return { id in
                if id == 1 {
                    for item in 1...(consumers * each) { try q.put(item) }
                    try q.join()
                } else {
                    for _ in 0..<each {
                        _ = try q.get()
                        try q.taskDone()
                    }
                }
            }
        case .stolenWakeup:
            let mutex = Lock("mutex", in: run)
            let notEmpty = Condition("not_empty", lock: mutex)
            let items = SharedDeque<Int>("items", in: run)
            let producerItems = threads - 1
            let fixed = fixed
            return { id in
                if id == 1 {
                    for item in 1...producerItems {
                        try notEmpty.withLock {
                            try items.append(item)
                            try notEmpty.notify()
                        }
                    }
                } else {
                    try notEmpty.withLock {
                        if fixed {
                            while items.count == 0 { try notEmpty.wait() }
                        } else if items.count == 0 {
                            try notEmpty.wait()
                        }
                        _ = try items.popLeft()
                    }
                }
            }
        case .lostWakeup:
            let changed = Condition("changed", lock: Lock("mutex", in: run))
            let ready = SharedVariable("ready", false, in: run)
            let notifier = threads
            let fixed = fixed
            return { id in
                try changed.withLock {
                    if id == notifier {
                        try ready.set(true)
                        try changed.notifyAll()
                    } else if fixed {
                        try changed.waitFor { ready.value }
                    } else {
                        try changed.wait()
                    }
                }
            }
        case .reentrant:
            let lock: any ThreadingLock = plainLock ? Lock("lock", in: run) : RLock("lock", in: run)
            let counter = SharedVariable("counter", 0, in: run)
            return { _ in
                func inner() throws { try lock.withLock { try counter.set(counter.value + 1) } }
                func outer() throws { try lock.withLock { try inner() } }
                try outer()
            }
        }
    }
}
