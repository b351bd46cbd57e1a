/// One entry of an ``LRUCache``, stored in an array and linked into the
/// recency list by index (-1 at an end), so no entry is a separate object.
/// Free nodes are chained through `next`.
@usableFromInline
@frozen
internal struct _LRUNode<Key, Value> {
    @usableFromInline internal var key: Key
    @usableFromInline internal var value: Value
    /// The next less recent node, or -1.
    @usableFromInline internal var previous: Int
    /// The next more recent node, or -1.
    @usableFromInline internal var next: Int

    @inlinable
    internal init(key: Key, value: Value, previous: Int, next: Int) {
        self.key = key
        self.value = value
        self.previous = previous
        self.next = next
    }
}
