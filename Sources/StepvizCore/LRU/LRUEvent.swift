/// A step an ``LRUCache`` took, reported to its observer as it happens.
///
/// Applying the events of an operation in order to the entries before it
/// gives the entries and counters after it (see `LRUReplay` in StepvizEvents).
public enum LRUEvent<Key, Value> {
    /// `get` looked `key` up in the hash map.
    case lookup(Key)
    /// The key was there: a hit (the hit counter went up).
    case hit(Key, Value)
    /// The key was not there: a miss (the miss counter went up; not an error).
    case miss(Key)
    /// The key's node was moved to the most-recent end of the recency list.
    case moveToMostRecent(Key)
    /// `put` of a new key: its node was linked at the most-recent end.
    case insert(Key, Value)
    /// `put` of a present key replaced its value (`old` → `new`); a
    /// `moveToMostRecent` follows.
    case update(Key, old: Value, new: Value)
    /// The cache held more than its capacity, so the least recent entry was
    /// removed (the eviction counter went up).
    case evict(Key, Value)
}

extension LRUEvent: Equatable where Key: Equatable, Value: Equatable {}
extension LRUEvent: Sendable where Key: Sendable, Value: Sendable {}
