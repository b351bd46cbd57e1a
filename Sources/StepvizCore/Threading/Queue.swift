/// Python's `queue.Queue` on gated threads, exactly as `Lib/queue.py`
/// builds it: one `mutex` (a ``Lock``) shared by three conditions,
/// `not_empty`, `not_full` and `all_tasks_done`, over a deque (the
/// library's ``BlockDeque``, in a ``SharedDeque``) and a count of
/// `unfinished_tasks`. `put` waits while full (`maxsize` > 0), `get`
/// while empty; `taskDone` and `join` track the work; `qsize` takes the
/// mutex. Every lock, wait, notify and change is a gated step, so a
/// screen can show the deque, the three conditions and their waiters.
///
///     let q = Queue<Int>("q", maxsize: 1, in: run)
///     try q.put(1)          // thread 1
///     try q.get()           // thread 2: 1
///     try q.taskDone()
///
/// - Complexity: a few steps per call besides waiting.
public final class Queue<Element: PythonPrintable>: @unchecked Sendable {
    // @unchecked: immutable; its state lives in the run.
    /// Its name, and its parts' prefix (`q.mutex`, `q.not_empty`, …).
    public let name: String
    /// `maxsize`: 0 or less is unbounded.
    public let maxsize: Int
    /// `self.mutex`, the one lock its three conditions share.
    public let mutex: Lock
    /// Notified when an item is added.
    public let notEmpty: Condition
    /// Notified when an item is removed.
    public let notFull: Condition
    /// Notified when `unfinished_tasks` reaches 0.
    public let allTasksDone: Condition
    /// `self.queue`.
    public let queue: SharedDeque<Element>
    /// `self.unfinished_tasks`: items put and not yet marked done.
    public let unfinishedTasks: SharedVariable<Int>

    /// `Queue(maxsize)`, its parts named `name.mutex`, `name.not_empty`, ...
    ///
    /// - Complexity: O(*l* + *c* + *d* + *v*)
    public init(_ name: String = "q", maxsize: Int = 0, in run: GatedThreadingRun) {
        self.name = name
        self.maxsize = maxsize
        mutex = Lock("\(name).mutex", in: run)
        notEmpty = Condition("\(name).not_empty", lock: mutex)
        notFull = Condition("\(name).not_full", lock: mutex)
        allTasksDone = Condition("\(name).all_tasks_done", lock: mutex)
        queue = SharedDeque("\(name).queue", in: run)
        unfinishedTasks = SharedVariable("\(name).unfinished_tasks", 0, in: run)
    }

    /// `put(item, block)`: waits while full (or raises `queue.Full` when
    /// not blocking), appends, counts an unfinished task, notifies `not_empty`.
    ///
    /// - Complexity: five steps besides waiting.
    public func put(_ item: Element, block: Bool = true) throws {
        try notFull.withLock {
            if maxsize > 0 {
                if !block {
                    if queue.count >= maxsize { throw PythonError("queue.Full", "") }
                } else {
                    while queue.count >= maxsize { try notFull.wait() }
                }
            }
            try queue.append(item)
            try unfinishedTasks.set(unfinishedTasks.value + 1)
            try notEmpty.notify()
        }
    }

    /// `get(block)`: waits while empty (or raises `queue.Empty` when not
    /// blocking), pops the left item, notifies `not_full`.
    ///
    /// - Complexity: four steps besides waiting.
    public func get(block: Bool = true) throws -> Element {
        try notEmpty.withLock {
            if !block {
                if queue.count == 0 { throw PythonError("_queue.Empty", "") }
            } else {
                while queue.count == 0 { try notEmpty.wait() }
            }
            let item = try queue.popLeft()
            try notFull.notify()
            return item
        }
    }

    /// `task_done()`: one task fewer; at 0 `all_tasks_done.notify_all()`;
    /// below 0 `ValueError: task_done() called too many times` (nothing changed).
    ///
    /// - Complexity: three or four steps.
    public func taskDone() throws {
        try allTasksDone.withLock {
            let unfinished = unfinishedTasks.value - 1
            if unfinished <= 0 {
                if unfinished < 0 { throw PythonError("ValueError", "task_done() called too many times") }
                try allTasksDone.notifyAll()
            }
            try unfinishedTasks.set(unfinished)
        }
    }

    /// `join()`: waits while there are unfinished tasks.
    ///
    /// - Complexity: two steps besides waiting.
    public func join() throws {
        try allTasksDone.withLock {
            while unfinishedTasks.value != 0 { try allTasksDone.wait() }
        }
    }

    /// `qsize()`: the count, read under the mutex ("not reliable!").
    ///
    /// - Complexity: two steps.
    public func qsize() throws -> Int { try mutex.withLock { queue.count } }

    /// `empty()`: `not self._qsize()` under the mutex.
    ///
    /// - Complexity: two steps.
    public func empty() throws -> Bool { try qsize() == 0 }

    /// `full()`: `0 < self.maxsize <= self._qsize()` under the mutex.
    ///
    /// - Complexity: two steps.
    public func full() throws -> Bool { try mutex.withLock { 0 < maxsize && maxsize <= queue.count } }
}
