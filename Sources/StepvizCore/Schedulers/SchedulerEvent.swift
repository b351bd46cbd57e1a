/// A step of a ``TaskScheduler`` or ``ActorScheduler``, reported to its
/// observer in the order it happened (the same order in every run).
public enum SchedulerEvent: Sendable, Hashable {
    /// A coroutine was created and queued (not started: like a generator,
    /// it runs on its first resume).
    case spawn(task: Int, name: String)
    /// The scheduler resumes `task`; for an actor, with `message` (nil for
    /// the priming empty message).
    case resume(task: Int, message: Int?)
    /// `task` produced a line of output.
    case output(task: Int, text: String)
    /// `task` reached its next yield and parked.
    case yield(task: Int)
    /// `task`'s body returned.
    case finish(task: Int)
    /// `task`'s body threw; the scheduler stops and cancels the rest.
    case failed(task: Int, message: String)
    /// `task` was resumed with a cancellation and ended.
    case cancelled(task: Int)
    /// The run queue after a step: task ids, first to run first.
    case queue([Int])
    /// A message was queued for `actor` (by task `from`, or from outside).
    case send(from: Int?, to: String, message: Int?)
    /// The scheduler takes the first message off the queue for `actor`.
    case deliver(actor: String, task: Int, message: Int?)
    /// A message for an unknown or finished actor was dropped.
    case drop(to: String, message: Int?, reason: String)
    /// The message queue after a step, first to deliver first.
    case messages([QueuedMessage])
}
