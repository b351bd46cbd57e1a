/// What ``TaskScheduler`` and ``ActorScheduler`` share so that one run loop
/// serves both: something queued to step, a step count, one step at a time,
/// and a cancel that leaves no coroutine parked.
@usableFromInline
internal protocol _SteppedScheduler: AnyObject, Sendable {
    /// Whether a step has something to do (a task queued, a message waiting).
    var _hasPending: Bool { get }
    var steps: Int { get }
    var alive: [Int] { get }
    func step() async -> SchedulerStepEnd?
    func cancelAll() async
}

extension _SteppedScheduler {
    /// Steps until nothing is pending, `maxSteps` steps were taken, a
    /// coroutine throws, or the calling task is cancelled. Whatever ends
    /// the run, coroutines still alive are then resumed with a
    /// cancellation (an actor waiting for a message that will never come,
    /// the rest of the queue on quit), so none is left parked.
    ///
    /// - Complexity: O(steps)
    internal func _run(maxSteps: Int) async -> SchedulerRunEnd {
        while true {
            if Task.isCancelled {
                await cancelAll()
                return .cancelled
            }
            if !_hasPending { break }
            if steps >= maxSteps {
                await cancelAll()
                return .quit
            }
            guard let end = await step() else { break }
            if case .failed(let task, let message) = end {
                await cancelAll()
                return .failed(task: task, message: message)
            }
        }
        if !alive.isEmpty { await cancelAll() }
        return .completed
    }
}
