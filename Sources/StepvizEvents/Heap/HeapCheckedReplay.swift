import StepvizCore

/// ``HeapReplay`` fed from a saved stream: every slot an event names is
/// checked to exist before the event is applied (the replay would trap),
/// and every `state` must equal the array the events built.
///
///     var replay = HeapCheckedReplay(setup: HeapSetup())
///     try replay.apply(.load([2, 1]))
///     try replay.apply(.state([1, 2]))    // throws: the events built [2, 1]
///
/// - Complexity: O(1) per event, O(*n*) for `load` and `state`.
public struct HeapCheckedReplay: CheckedReplay, Equatable {
    public private(set) var replay = HeapReplay<PythonValue>()

    public init(setup: HeapSetup) {}

    public mutating func apply(_ event: HeapStepEvent) throws(StreamLineError) {
        switch event {
        case .begin, .result, .error, .scene:
            break
        case .load(let items):
            replay.load(items)
        case .heap(let event):
            try check(event)
            replay.apply(event)
        case .state(let items):
            guard let built = replay.items else {
                let hole = replay.slots.firstIndex(where: { $0 == nil }) ?? 0
                throw StreamLineError(
                    "items \(PythonValue.listRepr(items)) disagree with the events before it, which leave slot \(hole) empty")
            }
            guard built == items else {
                throw StreamLineError(
                    "items \(PythonValue.listRepr(items)) disagree with the events before it, which build \(PythonValue.listRepr(built))")
            }
        }
    }

    private func check(_ event: HeapEvent<PythonValue>) throws(StreamLineError) {
        func slot(_ index: Int) throws(StreamLineError) {
            guard replay.slots.indices.contains(index) else {
                throw StreamLineError("slot \(index) is outside the heap's \(replay.slots.count) slots")
            }
        }
        switch event {
        case .load(let count):
            guard replay.slots.count == count, replay.held == nil else {
                throw StreamLineError("a load of \(count) elements must follow the load of its \(count) items")
            }
        case .liftLast:
            guard !replay.slots.isEmpty else { throw StreamLineError("the heap has no last slot to lift") }
        case .lift(let index, _), .take(let index, _), .place(let index, _):
            try slot(index)
        case .move(let from, let to, _):
            try slot(from)
            try slot(to)
        case .hold, .appendHole, .compare, .returnHeld:
            break
        }
    }
}
