/// A message waiting in an ``ActorScheduler``'s queue.
public struct QueuedMessage: Sendable, Hashable, CustomStringConvertible {
    public let actor: String
    /// nil for the empty message that primes an actor.
    public let message: Int?

    public init(actor: String, message: Int?) {
        self.actor = actor
        self.message = message
    }

    public var description: String { "(\(actor), \(message.map(String.init) ?? "None"))" }
}
