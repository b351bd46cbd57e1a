import StepvizCore

/// A scheduler's state as its library reports it.
public struct SchedulerState: Equatable, Sendable {
    /// The run queue: task ids, next first (tasks scene).
    public var queue: [Int]
    /// Coroutines spawned and not ended.
    public var alive: [Int]
    /// Messages waiting, next first (actors scene).
    public var messages: [QueuedMessage]

    public init(queue: [Int] = [], alive: [Int] = [], messages: [QueuedMessage] = []) {
        self.queue = queue
        self.alive = alive
        self.messages = messages
    }
}
