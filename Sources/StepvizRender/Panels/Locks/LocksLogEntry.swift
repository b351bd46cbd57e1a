import StepvizEvents

/// A log line's event and the thread whose turn it came in, so a hand-over
/// (the waiter acquires during the releaser's turn) reads as one.
public struct LocksLogEntry: Equatable, Sendable {
    public var event: LocksStepEvent
    public var turnOf: Int?
}
