/// What one scheduler step did to the coroutine it resumed.
public enum SchedulerStepEnd: Sendable, Equatable {
    /// It reached its next yield.
    case yielded(task: Int)
    /// Its body returned.
    case finished(task: Int)
    /// It ended on a cancellation.
    case cancelled(task: Int)
    /// Its body threw.
    case failed(task: Int, message: String)
    /// The message was for an unknown or finished actor and was dropped.
    case dropped(actor: String)

    internal init(task: Int, _ signal: _CoroutineSignal) {
        switch signal {
        case .yielded: self = .yielded(task: task)
        case .finished: self = .finished(task: task)
        case .cancelled: self = .cancelled(task: task)
        case .failed(let message): self = .failed(task: task, message: message)
        }
    }
}
