/// One thread's bookkeeping of the locks it really holds, in acquisition
/// order, with a count for reentrant locks: the recipe's thread-local
/// `acquired` list, except that a lock is recorded only once it is taken,
/// so a failure half way leaves nothing stale.
///
///     var held = HeldLocks()
///     held.record(x)
///     try held.checkOrder(thread: 1, asking: y)    // fine: y's rank is higher
///
/// - Complexity: O(*h*) per operation, *h* the number of locks held (a few).
public struct HeldLocks: Sendable {
    /// A lock held and how many times (above 1 only for reentrant locks).
    public struct Entry: Sendable {
        /// The lock held.
        public let lock: RankedLock
        /// How many holds (1 for a plain lock).
        public var count: Int
    }

    /// The locks held, in the order they were taken.
    public private(set) var entries: [Entry] = []

    /// Nothing held.
    ///
    /// - Complexity: O(1)
    public init() {}

    /// Whether nothing is held.
    ///
    /// - Complexity: O(1)
    @inlinable
    public var isEmpty: Bool { entries.isEmpty }

    /// The held locks in acquisition order.
    ///
    /// - Complexity: O(*h*)
    public var locks: [RankedLock] { entries.map(\.lock) }

    /// How many times `lock` is held (0 when not held).
    ///
    ///     held.count(of: x)    // 1
    ///
    /// - Complexity: O(*h*)
    public func count(of lock: RankedLock) -> Int {
        entries.first { $0.lock === lock }?.count ?? 0
    }

    /// Throws a ``LockOrderViolation`` unless `lock`'s rank is above every
    /// rank held (asking for a lock already held is a violation too).
    ///
    /// - Complexity: O(*h*)
    public func checkOrder(thread: Int, asking lock: RankedLock) throws(LockOrderViolation) {
        guard let highest = highestRank, lock.rank <= highest else { return }
        throw LockOrderViolation(
            thread: thread, lock: lock.name, rank: lock.rank,
            held: entries.map(\.lock.name), highestHeldRank: highest)
    }

    /// The highest rank held, nil when nothing is (no array is built: this
    /// runs on every acquisition).
    ///
    /// - Complexity: O(*h*)
    internal var highestRank: Int? {
        var highest: Int?
        for entry in entries where highest.map({ entry.lock.rank > $0 }) ?? true { highest = entry.lock.rank }
        return highest
    }

    /// Records one more hold of `lock` (after it was really taken).
    ///
    /// - Complexity: O(*h*)
    public mutating func record(_ lock: RankedLock) {
        if let index = entries.firstIndex(where: { $0.lock === lock }) {
            entries[index].count += 1
        } else {
            entries.append(Entry(lock: lock, count: 1))
        }
    }

    /// Forgets one hold of `lock` (after it was really released); traps
    /// when it is not held.
    ///
    /// - Complexity: O(*h*)
    public mutating func forget(_ lock: RankedLock) {
        guard let index = entries.firstIndex(where: { $0.lock === lock }) else {
            preconditionFailure("HeldLocks: \(lock.name) released but not held")
        }
        entries[index].count -= 1
        if entries[index].count == 0 { entries.remove(at: index) }
    }

    /// Forgets everything (the thread backed off and released it all).
    ///
    /// - Complexity: O(*h*)
    public mutating func removeAll() { entries.removeAll() }
}
