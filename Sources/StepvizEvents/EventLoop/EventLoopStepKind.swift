/// The `type` names of an event-loop run's stream lines, written once:
/// ``EventLoopStepEvent/type`` encodes with them and decoding reads them.
///
/// ```swift
/// EventLoopStepKind(rawValue: "timer_push")  // .timerPush
/// ```
public enum EventLoopStepKind: String, CaseIterable, Sendable {
    case begin
    case scene
    case error
    case state
    case registered
    case modified
    case unregistered
    case select
    case clock
    case queued
    case run
    case skipped
    case cancelled
    case timerPush = "timer_push"
    case timerPop = "timer_pop"
    case timerRebuild = "timer_rebuild"
    case futureDone = "future_done"
    case taskCreated = "task_created"
    case taskStep = "task_step"
    case taskAwaits = "task_awaits"
    case taskDone = "task_done"
    case socketOpen = "socket_open"
    case accept
    case connected
    case sent
    case received
    case closed
    case socketError = "socket_error"
    case output
    case iterationEnd = "iteration_end"
    case runEnd = "run_end"
}
