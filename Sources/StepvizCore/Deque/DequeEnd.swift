/// One end of a ``BlockDeque``: where an element went in or came out, or
/// where a block was linked or unlinked.
public enum DequeEnd: Hashable, Sendable {
    case left
    case right
}
