/// The `type` names of a threading run's stream lines, written once:
/// ``ThreadingStepEvent/type`` encodes with them and decoding reads them.
///
/// ```swift
/// ThreadingStepKind(rawValue: "condition_wait")  // .conditionWait
/// ```
public enum ThreadingStepKind: String, CaseIterable, Sendable {
    case begin
    case scene
    case state
    case turn
    case request
    case acquired
    case wait
    case released
    case deadlock
    case conditionWait = "condition_wait"
    case notify
    case reacquire
    case waitReturned = "wait_returned"
    case appended
    case poppedLeft = "popped_left"
    case assigned
    case raised
    case stuck
    case aborted
    case finished
}
