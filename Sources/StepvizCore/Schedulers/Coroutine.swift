/// What a coroutine body sees: its id and name, its yield point, and the
/// ways it may speak (output, and messages under an ``ActorScheduler``).
///
/// Coroutines are plain functions, each on a stack of its own (a
/// ``StackfulCoroutine``); every `try coroutine.yield()` hands control back
/// to the scheduler, like `yield` in the notes' Python generators:
///
///     let countdown: CoroutineBody = { task in
///         var n = 3
///         while n > 0 {
///             task.output("T-minus \(n)")
///             try task.yield()
///             n -= 1
///         }
///         task.output("Blastoff!")
///     }
///
/// A yield throws `CancellationError` when the scheduler quits; let it
/// propagate so the body ends.
///
/// A body must not keep its `Coroutine` beyond its own run: it refers to
/// its scheduler without keeping it alive.
///
/// - Complexity: O(1) per call besides waiting for the turn.
public struct Coroutine {
    /// The id the scheduler gave it (1, 2, ... in spawn order).
    public let id: Int
    /// Its name ("countdown 3", "printer").
    public let name: String

    /// Unretained: the scheduler owns the coroutine's stack, which holds
    /// this. Each call borrows it (`_withUnsafeGuaranteedRef`) so that a
    /// parked body holds no reference to its scheduler either, even in a
    /// debug build, and a scheduler let go of can end its coroutines.
    @usableFromInline
    internal let _core: Unmanaged<_SchedulerCore>

    internal init(id: Int, name: String, core: _SchedulerCore) {
        self.id = id
        self.name = name
        self._core = .passUnretained(core)
    }

    /// Gives control back to the scheduler until it resumes this coroutine
    /// again (Python's bare `yield`). Throws `CancellationError` on quit.
    ///
    /// - Complexity: O(1) besides the other coroutines' turns.
    @inlinable
    public func yield() throws {
        _ = try _core._withUnsafeGuaranteedRef { try $0.park(id) }
    }

    /// Waits for the next message delivered to this actor (Python's
    /// `msg = yield`); nil for an empty message. Throws `CancellationError`
    /// on quit.
    ///
    /// - Complexity: O(1) besides the other coroutines' turns.
    @inlinable
    public func receive() throws -> Int? {
        try _core._withUnsafeGuaranteedRef { try $0.park(id) }
    }

    /// Reports a line of output (what the Python version prints) to the
    /// scheduler's observer as `.output`.
    ///
    ///     task.output("T-minus 3")
    ///
    /// - Complexity: O(1) besides the observer.
    public func output(_ text: String) { _core._withUnsafeGuaranteedRef { $0.output(id, text) } }

    /// Queues `message` for the actor named `actor` (``ActorScheduler`` only;
    /// traps under a ``TaskScheduler``). Unknown names are dropped.
    ///
    ///     actor.send("printer", 3)
    ///
    /// - Complexity: O(1)
    public func send(_ actor: String, _ message: Int) {
        _core._withUnsafeGuaranteedRef { $0.send(actor, message, from: id) }
    }
}

/// The body of a coroutine: a plain function that yields.
public typealias CoroutineBody = (Coroutine) throws -> Void
