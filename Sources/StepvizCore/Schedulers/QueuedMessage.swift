/// A message waiting in an ``ActorScheduler``'s queue: the actor it is for
/// (the coroutine itself, by id, as Python queues the generator object) and
/// the name it was sent to, kept for display.
///
///     actors.messages    // [(printer, None), (counter, None), (counter, 3)]
///     actors.messages[2].task    // the counter's coroutine id
public struct QueuedMessage: Sendable, Hashable, CustomStringConvertible {
    /// The name the message was sent to (for display: two actors may have
    /// borne it; ``task`` says which one gets the message).
    public let actor: String
    /// The coroutine id of the actor that gets the message: the one that
    /// bore the name when the message was queued.
    public let task: Int
    /// nil for the empty message that primes an actor.
    public let message: Int?

    /// A message for coroutine `task`, sent to the name `actor`.
    ///
    /// - Complexity: O(1)
    public init(actor: String, task: Int, message: Int?) {
        self.actor = actor
        self.task = task
        self.message = message
    }

    /// Python's tuple as it would print: "(counter, 3)", "(printer, None)".
    ///
    /// - Complexity: O(1)
    public var description: String { "(\(actor), \(message.map(String.init) ?? "None"))" }
}
