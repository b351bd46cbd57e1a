/// One end of a ``BlockDeque``: where an element went in or came out, or
/// where a block was linked or unlinked.
public enum DequeEnd: Hashable, Sendable {
    /// The left end (`appendleft`, `popleft`).
    case left
    /// The right end (`append`, `pop`).
    case right
}
