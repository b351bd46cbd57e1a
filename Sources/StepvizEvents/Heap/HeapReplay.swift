import StepvizCore

/// The heap rebuilt from its events alone: the array's slots (nil for the
/// hole), the element held while sifting, and the last result.
///
/// Applying every event of an operation to the replay of the array before it
/// gives the array after it; tests check that this equals the library's own
/// array after every operation, which is what lets the panel draw from events.
///
///     var replay = HeapReplay<Int>()
///     replay.load([2, 1])            // heapify's input, then its events:
///     replay.apply(.load(count: 2))
///
/// - Complexity: O(1) per event, except `load` (O(*n*)).
public struct HeapReplay<Element: Equatable>: Equatable {
    public var slots: [Element?] = []
    public var held: Element?
    public var result: Element?

    public init(items: [Element] = []) { slots = items }

    /// The array, when no slot is a hole.
    public var items: [Element]? {
        var items: [Element] = []
        items.reserveCapacity(slots.count)
        for slot in slots {
            guard let slot else { return nil }
            items.append(slot)
        }
        return items
    }

    /// Heapify's input, which the library's `.load(count:)` refers to:
    /// call this with the elements given to `heapify`, then apply the event.
    public mutating func load(_ items: [Element]) {
        slots = items
        held = nil
        result = nil
    }

    public mutating func apply(_ event: HeapEvent<Element>) {
        switch event {
        case .load(let count):
            precondition(
                slots.count == count && held == nil,
                "heapify loaded \(count) elements: pass them to load(_:) before applying .load")
        case .hold(let value):
            held = value
            result = nil
        case .appendHole:
            slots.append(nil)
        case .liftLast(let value):
            slots.removeLast()
            held = value
            result = nil
        case .lift(let index, let value):
            slots[index] = nil
            held = value
        case .take(let index, let value):
            slots[index] = nil
            result = value
        case .compare:
            break
        case .move(let from, let to, let value):
            slots[to] = value
            slots[from] = nil
        case .place(let index, let value):
            slots[index] = value
            held = nil
        case .returnHeld(let value):
            result = value
            held = nil
        }
    }
}
