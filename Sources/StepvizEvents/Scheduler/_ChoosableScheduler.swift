import StepvizCore

/// What ``SchedulerExploration`` needs of either scheduler: who is ready,
/// and a turn for the one it picks.
protocol _ChoosableScheduler {
    var ready: [Int] { get }
    var alive: [Int] { get }
    /// Coroutines spawned (ids 1 to this).
    var spawned: Int { get }
    /// Messages waiting (none for tasks).
    var messages: [QueuedMessage] { get }
    @discardableResult func step(resuming id: Int) -> SchedulerStepEnd?
    func cancelAll()
}

extension TaskScheduler: _ChoosableScheduler {}
extension ActorScheduler: _ChoosableScheduler {}

extension TaskScheduler {
    var messages: [QueuedMessage] { [] }
}
