/// How far a resumed coroutine got.
@usableFromInline
internal enum _CoroutineSignal: Sendable {
    /// It reached its next yield (or receive) and parked.
    case yielded
    /// Its body returned.
    case finished
    /// Its body threw `CancellationError` after a cancel.
    case cancelled
    /// Its body threw another error.
    case failed(String)
}
