/// How a scheduler's `run` ended. In every case no coroutine is left
/// parked: those still alive were resumed with a cancellation and ended.
public enum SchedulerRunEnd: Sendable, Equatable {
    /// The queue emptied.
    case completed
    /// `maxSteps` steps were taken; the rest were cancelled.
    case quit
    /// The task running the scheduler was cancelled; so were the coroutines.
    case cancelled
    /// A coroutine threw; the others were cancelled (Python lets the
    /// exception out of `run`).
    case failed(task: Int, message: String)
}
