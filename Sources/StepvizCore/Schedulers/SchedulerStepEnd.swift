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

    /// `failure` is the error text when `signal` is `.failed`.
    internal init(task: Int, _ signal: _CoroutineSignal, failure: String) {
        switch signal {
        case .yielded: self = .yielded(task: task)
        case .finished: self = .finished(task: task)
        case .cancelled: self = .cancelled(task: task)
        case .failed: self = .failed(task: task, message: failure)
        }
    }
}
