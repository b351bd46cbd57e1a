import Synchronization

/// The hand-over point between one coroutine and its scheduler: the
/// coroutine parks a continuation at each yield and signals how far it got;
/// the scheduler resumes it and waits for that signal. Either side may
/// arrive first, so each direction keeps one pending value.
///
/// Every parked continuation is resumed exactly once: with a value, or with
/// `CancellationError` once the channel is cancelled (and every later park
/// throws at once), so none leaks.
@usableFromInline
internal final class _CoroutineChannel: Sendable {
    enum Resume: Sendable {
        case run(Int?)
        case cancel
    }

    struct State {
        var parked: CheckedContinuation<Int?, any Error>?
        var pendingResume: Resume?
        var cancelled = false
        var waiting: CheckedContinuation<_CoroutineSignal, Never>?
        var pendingSignals: [_CoroutineSignal] = []
    }

    private let state = Mutex(State())

    init() {}

    // MARK: Coroutine side

    /// Suspends until the scheduler resumes this coroutine; returns the
    /// message it was resumed with, or throws `CancellationError`.
    func park() async throws -> Int? {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int?, any Error>) in
            let resume: Resume? = state.withLock { state in
                if state.cancelled { return .cancel }
                if let pending = state.pendingResume {
                    state.pendingResume = nil
                    return pending
                }
                state.parked = continuation
                return nil
            }
            switch resume {
            case .run(let message)?: continuation.resume(returning: message)
            case .cancel?: continuation.resume(throwing: CancellationError())
            case nil: break
            }
        }
    }

    /// Tells the scheduler the coroutine reached a yield or ended.
    func signal(_ signal: _CoroutineSignal) {
        let waiting: CheckedContinuation<_CoroutineSignal, Never>? = state.withLock { state in
            if let waiting = state.waiting {
                state.waiting = nil
                return waiting
            }
            state.pendingSignals.append(signal)
            return nil
        }
        waiting?.resume(returning: signal)
    }

    // MARK: Scheduler side

    /// Resumes the coroutine (now, or as soon as it parks).
    func resume(_ resume: Resume) {
        let parked: CheckedContinuation<Int?, any Error>? = state.withLock { state in
            if case .cancel = resume { state.cancelled = true }
            if let parked = state.parked {
                state.parked = nil
                return parked
            }
            if case .run = resume { state.pendingResume = resume }
            return nil
        }
        switch resume {
        case .run(let message): parked?.resume(returning: message)
        case .cancel: parked?.resume(throwing: CancellationError())
        }
    }

    /// Waits for the coroutine's next signal.
    func nextSignal() async -> _CoroutineSignal {
        await withCheckedContinuation { (continuation: CheckedContinuation<_CoroutineSignal, Never>) in
            let pending: _CoroutineSignal? = state.withLock { state in
                if !state.pendingSignals.isEmpty { return state.pendingSignals.removeFirst() }
                state.waiting = continuation
                return nil
            }
            if let pending { continuation.resume(returning: pending) }
        }
    }

    /// Whether a continuation is parked right now (for leak checks).
    var hasParkedContinuation: Bool { state.withLock { $0.parked != nil } }
}
