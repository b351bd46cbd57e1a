/// A thread asked for a lock whose rank is not above every rank it holds
/// (or for a lock it already holds): the recipe's "Lock Order Violation",
/// raised before the thread blocks.
///
///     do { try thread.acquire([x]) } catch let violation as LockOrderViolation {
///         violation.message    // "Lock Order Violation"
///     }
public struct LockOrderViolation: Error, Equatable, Sendable, CustomStringConvertible {
    /// The recipe's message, word for word.
    public static let message = "Lock Order Violation"

    /// The thread that asked.
    public let thread: Int
    /// The lock it asked for.
    public let lock: String
    /// Its rank.
    public let rank: Int
    /// The names of the locks it held, in acquisition order.
    public let held: [String]
    /// The highest rank it held.
    public let highestHeldRank: Int

    /// `thread` asked for `lock` of `rank` while holding `held`, the highest of rank `highestHeldRank`.
    public init(thread: Int, lock: String, rank: Int, held: [String], highestHeldRank: Int) {
        self.thread = thread
        self.lock = lock
        self.rank = rank
        self.held = held
        self.highestHeldRank = highestHeldRank
    }

    /// The notes' message: `Lock Order Violation`.
    public var message: String { Self.message }

    public var description: String {
        "\(Self.message): thread \(thread) asked for lock \(lock) (rank \(rank)) while holding "
            + "\(held.joined(separator: ", ")) (highest rank \(highestHeldRank))"
    }
}
