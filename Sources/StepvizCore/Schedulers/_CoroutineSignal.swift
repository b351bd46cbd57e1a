/// How far a resumed coroutine got. A trivial value (the message of a
/// failure is kept beside it, in the core's `failure`), so writing and
/// copying it on every turn retains and releases nothing.
@usableFromInline
internal enum _CoroutineSignal: Sendable {
    /// It reached its next yield (or receive) and parked.
    case yielded
    /// Its body returned.
    case finished
    /// Its body threw `CancellationError` after a cancel.
    case cancelled
    /// Its body threw another error (its text is the core's `failure`).
    case failed
}
