/// How far the current turn has got, for the turn strip
/// `resume → run to next yield → back of the queue`: one stage per event of
/// a turn, so stepping by hand walks through it.
public enum SchedulerTurnStage: Equatable, Sendable {
    /// Its message was taken off the front of the queue, not yet delivered
    /// (actors; a task is taken and resumed in one event).
    case taken
    /// Taken off the front of the queue and resumed (`next(task)`,
    /// `actor.send(msg)`).
    case resumed
    /// Running: it printed or sent something and has not yielded yet.
    case running
    /// It reached its next `yield` and parked.
    case yielded
    /// Put back at the back of the run queue (tasks).
    case requeued
    /// Its body returned: StopIteration, it leaves the scheduler.
    case finished
    /// Cancelled by the quit at the end of the run.
    case cancelled
    /// Its body threw.
    case failed
    /// The message was for a finished actor, and was dropped.
    case dropped
}
