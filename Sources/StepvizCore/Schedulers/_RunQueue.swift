/// A first-in first-out queue for the schedulers: an array read from a
/// moving head, compacted once the head passes half of it, so taking the
/// first element is O(1) amortized (`Array.removeFirst` moves every other
/// element, every turn) and, once the array has grown to the queue's
/// length, nothing is allocated.
///
/// - Complexity: O(1) amortized per append and popFirst.
internal struct _RunQueue<Element> {
    private var storage: [Element] = []
    private var head = 0

    var isEmpty: Bool { head == storage.count }

    /// The queued elements, first first (a copy).
    var elements: [Element] { Array(storage[head...]) }

    mutating func append(_ element: Element) { storage.append(element) }

    mutating func popFirst() -> Element? {
        guard head < storage.count else { return nil }
        let element = storage[head]
        head += 1
        if head == storage.count {
            storage.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 16 && head * 2 >= storage.count {
            storage.removeSubrange(0..<head)
            head = 0
        }
        return element
    }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        head = 0
    }
}
