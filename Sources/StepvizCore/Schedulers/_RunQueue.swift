/// A first-in first-out queue for the schedulers:
/// a ring buffer whose capacity doubles when full, so once it has grown to
/// the queue's longest length a turn moves no elements and allocates
/// nothing (`Array.removeFirst` moves every other element, every time).
///
/// - Complexity: O(1) amortized per append and popFirst.
internal struct _RunQueue<Element> {
    private var slots: [Element?] = []
    private var head = 0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// The element `popFirst` would return, left in place.
    var first: Element? { count > 0 ? slots[head] : nil }

    /// The queued elements, first first (a copy).
    var elements: [Element] {
        (0..<count).map { slots[(head + $0) & (slots.count - 1)]! }
    }

    mutating func append(_ element: Element) {
        if count == slots.count { grow() }
        slots[(head + count) & (slots.count - 1)] = element
        count += 1
    }

    /// `popFirst()` then `append(element)` in one pass, dropping the
    /// first: the length stays, so nothing grows. The queue may be empty
    /// only when `element` would come straight back out (nothing changes).
    mutating func rotate(appending element: Element) {
        guard count > 0 else { return }
        let mask = slots.count - 1
        slots[head] = nil
        slots[(head + count) & mask] = element
        head = (head + 1) & mask
    }

    mutating func popFirst() -> Element? {
        guard count > 0 else { return nil }
        let element = slots[head].take()
        head = (head + 1) & (slots.count - 1)
        count -= 1
        return element
    }

    /// Moves the first element matching `predicate` to the head, the
    /// others keeping their order (a schedule choosing who runs next);
    /// false when none matches.
    ///
    /// - Complexity: O(*q*)
    mutating func moveToFront(where predicate: (Element) -> Bool) -> Bool {
        guard let offset = (0..<count).first(where: { predicate(slots[(head + $0) & (slots.count - 1)]!) }) else { return false }
        let mask = slots.count - 1
        let chosen = slots[(head + offset) & mask].take()
        for index in stride(from: offset, to: 0, by: -1) {
            slots[(head + index) & mask] = slots[(head + index - 1) & mask].take()
        }
        slots[head] = chosen
        return true
    }

    mutating func removeAll() {
        while popFirst() != nil {}
        head = 0
    }

    private mutating func grow() {
        var larger = [Element?](repeating: nil, count: Swift.max(16, slots.count * 2))
        for index in 0..<count { larger[index] = slots[(head + index) & (slots.count - 1)].take() }
        slots = larger
        head = 0
    }
}
