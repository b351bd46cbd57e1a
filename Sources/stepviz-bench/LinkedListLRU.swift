/// The usual hand-written LRU cache the `lru.zipf` row runs against: a
/// Dictionary from key to a class node, the nodes in a doubly linked list
/// between two sentinels (most recent at the front). Counts like LRUCache.
final class LinkedListLRU<Key: Hashable, Value> {
    final class Node {
        var key: Key?
        var value: Value?
        unowned(unsafe) var previous: Node?
        var next: Node?

        init(key: Key?, value: Value?) {
            self.key = key
            self.value = value
        }
    }

    let capacity: Int
    private var nodes: [Key: Node]
    /// Sentinels: head.next is the most recent node, tail.previous the least.
    private let head = Node(key: nil, value: nil)
    private let tail = Node(key: nil, value: nil)
    private(set) var hits = 0
    private(set) var misses = 0
    private(set) var evictions = 0

    init(capacity: Int) {
        self.capacity = capacity
        nodes = Dictionary(minimumCapacity: capacity + 1)
        head.next = tail
        tail.previous = head
    }

    func get(_ key: Key) -> Value? {
        guard let node = nodes[key] else {
            misses += 1
            return nil
        }
        hits += 1
        unlink(node)
        linkAtFront(node)
        return node.value
    }

    func put(_ key: Key, _ value: Value) {
        if let node = nodes[key] {
            node.value = value
            unlink(node)
            linkAtFront(node)
            return
        }
        let node = Node(key: key, value: value)
        nodes[key] = node
        linkAtFront(node)
        if nodes.count > capacity, let last = tail.previous, last !== head {
            unlink(last)
            nodes[last.key!] = nil
            evictions += 1
        }
    }

    private func unlink(_ node: Node) {
        node.previous?.next = node.next
        node.next?.previous = node.previous
    }

    private func linkAtFront(_ node: Node) {
        node.next = head.next
        node.previous = head
        head.next?.previous = node
        head.next = node
    }
}
