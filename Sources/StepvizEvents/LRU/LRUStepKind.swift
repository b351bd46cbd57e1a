/// The `type` names of a LRU cache run's stream lines, written once: ``LRUStepEvent/type``
/// encodes with them and ``LRUStepEvent/decode(type:fields:after:)`` reads them, so the
/// two directions cannot drift apart.
///
/// ```swift
/// LRUStepKind(rawValue: "evict")  // .evict
/// ```
public enum LRUStepKind: String, CaseIterable, Sendable {
    case begin
    case result
    case state
    case lookup
    case hit
    case miss
    case moveToMostRecent = "move_to_most_recent"
    case insert
    case update
    case evict
}
