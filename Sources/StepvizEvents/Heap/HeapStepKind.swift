/// The `type` names of a heap run's stream lines, written once: ``HeapStepEvent/type``
/// encodes with them and ``HeapStepEvent/decode(type:fields:after:)`` reads them, so the
/// two directions cannot drift apart.
///
/// ```swift
/// HeapStepKind(rawValue: "return_held")  // .returnHeld
/// ```
public enum HeapStepKind: String, CaseIterable, Sendable {
    case begin
    case load
    case result
    case error
    case state
    case scene
    case hold
    case appendHole = "append_hole"
    case liftLast = "lift_last"
    case lift
    case take
    case compare
    case move
    case place
    case returnHeld = "return_held"
}
