import StepvizCore

/// The heap panel's library: a real ``BinaryHeap`` of Python's values, run
/// through its throwing operations, so a comparison Python cannot make is
/// a `TypeError` and the heap is left as `heapq` leaves its list.
///
///     var library = HeapLibrary(setup: HeapSetup())
///     var steps: [HeapStepEvent] = []
///     library.run(.push(3), steps: &steps)    // .success(nil)
///
/// - Complexity: each operation costs the heap's own, plus O(1) per event.
public struct HeapLibrary: OperationLibrary {
    public static var panel: String { "heap" }

    /// The real heap.
    public private(set) var heap = BinaryHeap<PythonValue>()

    /// An empty heap (the setup's scene names what its items stand for).
    public init(setup: HeapSetup) {}

    public mutating func run(_ operation: HeapOperation, steps: inout [HeapStepEvent]) -> Result<PythonValue?, PythonError> {
        var events: [HeapEvent<PythonValue>] = []
        heap.observer = { events.append($0) }
        defer { heap.observer = nil }
        var outcome: Result<PythonValue?, PythonError>
        do throws(PythonTypeError) {
            switch operation {
            case .push(let value):
                try heap.push(value)
                outcome = .success(nil)
            case .pop:
                let popped = try heap.popMin()
                outcome = popped.map { .success($0) } ?? .failure(HeapOperationError.indexOutOfRange.error)
            case .pushPop(let value):
                outcome = .success(try heap.pushPop(value))
            case .replace(let value):
                let replaced = try heap.replaceMin(with: value)
                outcome = replaced.map { .success($0) } ?? .failure(HeapOperationError.indexOutOfRange.error)
            case .heapify(let values):
                try heap.heapify(values)
                outcome = .success(nil)
            case .scene(let scene):
                steps.append(.scene(scene))
                outcome = .success(nil)
            }
        } catch {
            outcome = .failure(PythonError("TypeError", error.message))
        }
        for event in events {
            if case .load(let count) = event, case .heapify(let values) = operation {
                // The library reports how many it loaded; the operation says which.
                precondition(count == values.count, "heapify loaded \(count) of \(values.count) elements")
                steps.append(.load(values))
            } else {
                steps.append(.heap(event))
            }
        }
        return outcome
    }

    public var stateEvent: HeapStepEvent { .state(heap.unordered) }
    public static func begin(_ operation: HeapOperation) -> HeapStepEvent { .begin(operation) }
    public static func result(_ value: PythonValue) -> HeapStepEvent { .result(value) }
    public static func error(_ error: PythonError) -> HeapStepEvent { .error(error) }
}
