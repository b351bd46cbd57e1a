/// An append-only sequence that can forget its oldest elements while
/// keeping every index where it was: element `i` stays element `i`, and
/// `startIndex` moves up as the oldest are forgotten. What lets a run go on
/// for days with flat memory (a bounded history of steps) while positions,
/// `seq` and `op` keep their meaning.
///
///     var history = History<String>()
///     history.append("a"); history.append("b"); history.append("c")
///     history.forget(before: 2)
///     history.startIndex    // 2
///     history[2]            // "c"
///
/// - Complexity: `append` and `forget` are amortized O(1); subscript O(1).
public struct History<Element>: RandomAccessCollection {
    public private(set) var startIndex = 0
    /// The kept elements, and a few forgotten ones not yet compacted away;
    /// `storage[0]` is element `storageBase`.
    private var storage: [Element] = []
    private var storageBase = 0

    public init() {}

    public init(_ elements: some Sequence<Element>) {
        storage = Array(elements)
    }

    public var endIndex: Int { storageBase + storage.count }

    public subscript(position: Int) -> Element {
        precondition(position >= startIndex && position < endIndex, "History: index \(position) outside \(startIndex)..<\(endIndex)")
        return storage[position - storageBase]
    }

    public mutating func append(_ element: Element) { storage.append(element) }

    /// White-box hook for the bound's test: the elements held, forgotten
    /// ones not yet compacted included, and the storage's capacity.
    package var _heldCount: Int { storage.count }
    package var _heldCapacity: Int { storage.capacity }

    public mutating func append(contentsOf elements: some Sequence<Element>) { storage.append(contentsOf: elements) }

    /// Forgets every element before `index` (all of them, if it is past the
    /// end: the next append is then element `index`). The memory goes once
    /// the forgotten part is at least half the storage, so each element is
    /// moved at most once on average.
    public mutating func forget(before index: Int) {
        guard index > startIndex else { return }
        if index >= endIndex {
            storage.removeAll(keepingCapacity: false)
            storageBase = index
            startIndex = index
            return
        }
        startIndex = index
        let dead = startIndex - storageBase
        if dead >= 64, dead * 2 >= storage.count {
            storage.removeFirst(dead)
            storageBase = startIndex
        }
    }
}

extension History {
    /// For a history of steps: forgets the steps before `position` (the
    /// first step of an operation) and, in `operations` (what a step's `op`
    /// indexes), every operation before that one. The one rule every
    /// session and step source bounds its history by.
    public mutating func forget<Event, Operation>(before position: Int, operations: inout History<Operation>)
    where Element == Step<Event> {
        guard position > startIndex else { return }
        let op = position < endIndex ? self[position].op : operations.endIndex
        forget(before: position)
        operations.forget(before: op)
    }
}

extension History: Equatable where Element: Equatable {
    public static func == (lhs: History, rhs: History) -> Bool {
        lhs.startIndex == rhs.startIndex && lhs.elementsEqual(rhs)
    }
}

extension History: Sendable where Element: Sendable {}
