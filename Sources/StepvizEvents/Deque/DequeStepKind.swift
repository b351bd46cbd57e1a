/// The `type` names of a deque run's stream lines, written once: ``DequeStepEvent/type``
/// encodes with them and ``DequeStepEvent/decode(type:fields:after:)`` reads them, so the
/// two directions cannot drift apart.
///
/// ```swift
/// DequeStepKind(rawValue: "slot_read")  // .slotRead
/// ```
public enum DequeStepKind: String, CaseIterable, Sendable {
    case begin
    case result
    case error
    case state
    case blockAllocated = "block_allocated"
    case blockFreed = "block_freed"
    case slotWritten = "slot_written"
    case slotCleared = "slot_cleared"
    case discarded
    case indicesReset = "indices_reset"
    case rotationStep = "rotation_step"
    case blockWalk = "block_walk"
    case slotRead = "slot_read"
}
