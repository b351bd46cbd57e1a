import StepvizCore

/// Runs heap operations on a real ``BinaryHeap`` and keeps every step it
/// reported, framed per operation: `begin`, the library's events, then
/// `result` or `error`, then `state` (after every operation, failed ones too).
/// Values are Python's (``PythonValue``): a comparison Python cannot make
/// is a `TypeError` step, and the heap is left as `heapq` leaves its list.
///
///     let session = HeapSession()
///     session.apply(.heapify([3, 1, 2]))
///     session.apply(.pop)
///     session.heap.unordered    // [2, 3]
///
/// - Complexity: O(events) memory; each operation costs the library's own
///   complexity plus O(1) per event.
public final class HeapSession: OperationSession {
    public static let panel = "heap"

    /// The real heap the operations ran on.
    public private(set) var heap = BinaryHeap<PythonValue>()
    /// Every step so far, `seq` counting from 0.
    public var steps: History<Step<HeapStepEvent>> { log.steps }
    private var log = StepLog<HeapStepEvent>()
    /// The operations applied so far; a step's `op` indexes this.
    public private(set) var operations = History<HeapOperation>()

    public let setup: HeapSetup

    public init(setup: HeapSetup = HeapSetup()) { self.setup = setup }

    /// Runs `operation` on the heap and records its steps.
    public func apply(_ operation: HeapOperation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(.begin(operation), op: op)

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
                log.record(.scene(scene), op: op)
                outcome = .success(nil)
            }
        } catch {
            outcome = .failure(PythonError("TypeError", error.message))
        }
        for event in events {
            if case .load(let count) = event, case .heapify(let values) = operation {
                // The library reports how many it loaded; the operation says which.
                precondition(count == values.count, "heapify loaded \(count) of \(values.count) elements")
                log.record(.load(values), op: op)
            } else {
                log.record(.heap(event), op: op)
            }
        }
        switch outcome {
        case .success(let value?): log.record(.result(value), op: op)
        case .success(nil): break
        case .failure(let error): log.record(.error(error), op: op)
        }
        log.record(.state(heap.unordered), op: op)
    }

    public func copy() -> Self {
        let copy = Self(setup: setup)
        copy.heap = heap
        copy.log = log
        copy.operations = operations
        return copy
    }

    public func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}
