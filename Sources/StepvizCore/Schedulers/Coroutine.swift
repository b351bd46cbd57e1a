/// What a coroutine body sees: its id and name, its yield point, and the
/// ways it may speak (output, and messages under an ``ActorScheduler``).
///
/// Coroutines are ordinary sequential async functions; every
/// `try await coroutine.yield()` hands control back to the scheduler, like
/// `yield` in the notes' Python generators:
///
///     let countdown: CoroutineBody = { task in
///         var n = 3
///         while n > 0 {
///             task.output("T-minus \(n)")
///             try await task.yield()
///             n -= 1
///         }
///         task.output("Blastoff!")
///     }
///
/// A yield throws `CancellationError` when the scheduler quits; let it
/// propagate so the body ends.
///
/// - Complexity: O(1) per call besides waiting for the turn.
public struct Coroutine: Sendable {
    /// The id the scheduler gave it (1, 2, ... in spawn order).
    public let id: Int
    /// Its name ("countdown 3", "printer").
    public let name: String

    @usableFromInline
    internal let _pool: _CoroutinePool

    internal init(id: Int, name: String, pool: _CoroutinePool) {
        self.id = id
        self.name = name
        self._pool = pool
    }

    /// Gives control back to the scheduler until it resumes this coroutine
    /// again (Python's bare `yield`). Throws `CancellationError` on quit.
    ///
    /// - Complexity: O(1) besides the other coroutines' turns.
    @inlinable
    public func yield() async throws {
        _ = try await _pool.park(id)
    }

    /// Waits for the next message delivered to this actor (Python's
    /// `msg = yield`); nil for an empty message. Throws `CancellationError`
    /// on quit.
    ///
    /// - Complexity: O(1) besides the other coroutines' turns.
    @inlinable
    public func receive() async throws -> Int? {
        try await _pool.park(id)
    }

    /// Reports a line of output (what the Python version prints) to the
    /// scheduler's observer as `.output`.
    ///
    ///     task.output("T-minus 3")
    ///
    /// - Complexity: O(1) besides the observer.
    public func output(_ text: String) { _pool.output(id, text) }

    /// Queues `message` for the actor named `actor` (``ActorScheduler`` only;
    /// traps under a ``TaskScheduler``). Unknown names are dropped.
    ///
    ///     actor.send("printer", 3)
    ///
    /// - Complexity: O(1)
    public func send(_ actor: String, _ message: Int) {
        _pool.send(actor, message, from: id)
    }
}

/// The body of a coroutine: a sequential async function that yields.
public typealias CoroutineBody = @Sendable (Coroutine) async throws -> Void
