/// One step of a run: its place in the stream, the operation that caused it
/// (0-based index into the run's operations), and what happened.
public struct Step<Event> {
    public var seq: Int
    public var op: Int
    public var event: Event

    public init(seq: Int, op: Int, event: Event) {
        self.seq = seq
        self.op = op
        self.event = event
    }
}

extension Step: Equatable where Event: Equatable {}
extension Step: Sendable where Event: Sendable {}
