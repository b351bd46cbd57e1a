import StepvizCore
import StepvizEvents

/// What the running operation has touched so far, in the terms the LRU
/// panel draws: the key looked up or stored (its map row), the node found or
/// written, what was evicted, and what the last step moved (the animation).
///
/// Kept for the whole operation, not only its last step, so the settled
/// frame after `state` still says what the operation did (a miss, an
/// eviction). Built by the model while folding events, because a move names
/// only its key: where the node came from is known only before the move.
public struct LRUHighlights: Equatable, Sendable {
    /// How the operation's node was last touched.
    public enum NodeRole: Equatable, Sendable {
        /// `get` found it.
        case hit
        /// It was relinked at the most-recent end.
        case moved
        /// `put` of a new key linked it in.
        case inserted
        /// `put` of a present key replaced its value.
        case updated(old: PythonValue)
    }

    /// A node travelling in the last step, for the animation: recency-list
    /// positions, `from` nil when it enters (insert), `to` nil when it
    /// leaves (evict).
    public struct Travel: Equatable, Sendable {
        public var entry: LRUSnapshot.Entry
        public var from: Int?
        public var to: Int?

        public init(entry: LRUSnapshot.Entry, from: Int?, to: Int?) {
            self.entry = entry
            self.from = from
            self.to = to
        }
    }

    /// The key the operation looked up or stored.
    public private(set) var key: PythonValue?
    /// Whether the lookup found no node (a `get` miss).
    public private(set) var missed = false
    /// How the node of `key` was last touched.
    public private(set) var role: NodeRole?
    /// The entry this operation evicted (the least recent one).
    public private(set) var evicted: LRUSnapshot.Entry?
    /// What the last step moved; nil when it moved nothing.
    public private(set) var travel: Travel?

    public init() {}

    /// Records `event`, which `entriesBefore` (least recent first) had not
    /// yet seen.
    /// - Complexity: O(*n*) for a move (finding where the node was).
    mutating func record(_ event: LRUEvent<PythonValue, PythonValue>, entriesBefore: [LRUSnapshot.Entry]) {
        travel = nil
        switch event {
        case .lookup(let key):
            self.key = key
        case .hit(let key, _):
            self.key = key
            role = .hit
        case .miss(let key):
            self.key = key
            missed = true
        case .moveToMostRecent(let key):
            // An update keeps its role, so the frame can still show the old value.
            if case .updated? = role {} else { role = .moved }
            if let from = entriesBefore.firstIndex(where: { $0.key == key }) {
                travel = Travel(entry: entriesBefore[from], from: from, to: entriesBefore.count - 1)
            }
        case .insert(let key, let value):
            self.key = key
            role = .inserted
            travel = Travel(entry: .init(key: key, value: value), from: nil, to: entriesBefore.count)
        case .update(let key, let old, _):
            self.key = key
            role = .updated(old: old)
        case .evict(let key, let value):
            evicted = .init(key: key, value: value)
            travel = Travel(entry: .init(key: key, value: value), from: 0, to: nil)
        }
    }

    /// Forgets the last step's travel (a step that moved nothing).
    mutating func settle() { travel = nil }
}
