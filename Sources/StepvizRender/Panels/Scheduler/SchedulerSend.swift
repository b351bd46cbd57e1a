/// A message sent to an actor, as the actors scene's sends list draws it:
/// `counter → printer: 3`, or `outside → nobody: 3` dropped.
public struct SchedulerSend: Equatable, Sendable {
    /// The sending actor's name; nil for a send from outside (`--ops`).
    public let from: String?
    public let to: String
    public let message: Int?
    /// Why the message never reached a mailbox (unknown actor), if it did not.
    public internal(set) var dropped: String?

    public init(from: String?, to: String, message: Int?, dropped: String? = nil) {
        self.from = from
        self.to = to
        self.message = message
        self.dropped = dropped
    }
}
