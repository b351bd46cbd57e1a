import StepvizCore

/// The deque panel's library: a real ``BlockDeque`` of Python's values in
/// small blocks, so the panel can show them. `rotate` and `index` take
/// Python's integers (a bool counts); any other value is Python's `TypeError`.
///
///     var library = DequeLibrary(setup: DequeSetup(maxlen: 3))
///     var steps: [DequeStepEvent] = []
///     library.run(.extend([9, 2, 3, 7]), steps: &steps)    // keeps [2, 3, 7]
///
/// - Complexity: each operation costs the deque's own, plus O(1) per event.
public struct DequeLibrary: OperationLibrary {
    public static var panel: String { "deque" }

    /// The real deque.
    public private(set) var deque: BlockDeque<PythonValue>

    /// An empty deque with the setup's bound and block size; `maxlen` must
    /// not be negative (``DequeSetup/init(options:)`` checks it).
    public init(setup: DequeSetup) {
        deque = BlockDeque(maxlen: setup.maxlen, blockSize: setup.blockSize)
    }

    public mutating func run(_ operation: DequeOperation, steps: inout [DequeStepEvent]) -> Result<PythonValue?, PythonError> {
        var events: [DequeEvent<PythonValue>] = []
        deque.observer = { events.append($0) }
        defer { deque.observer = nil }
        var outcome: Result<PythonValue?, PythonError>
        switch operation {
        case .append(let value):
            deque.append(value)
            outcome = .success(nil)
        case .appendLeft(let value):
            deque.appendLeft(value)
            outcome = .success(nil)
        case .pop:
            outcome = deque.pop().map { .success($0) } ?? .failure(DequeOperationError.popFromEmpty.error)
        case .popLeft:
            outcome = deque.popLeft().map { .success($0) } ?? .failure(DequeOperationError.popFromEmpty.error)
        case .extend(let values):
            deque.extend(values)
            outcome = .success(nil)
        case .extendLeft(let values):
            deque.extendLeft(values)
            outcome = .success(nil)
        case .rotate(let count):
            // Python's rotate takes an int (or a bool); anything else raises.
            if let count = count.integerIndex {
                deque.rotate(count)
                outcome = .success(nil)
            } else {
                outcome = .failure(PythonError("TypeError", "'\(count.typeName)' object cannot be interpreted as an integer"))
            }
        case .clear:
            deque.clear()
            outcome = .success(nil)
        case .index(let position):
            if let index = position.integerIndex {
                outcome = deque.element(at: index).map { .success($0) } ?? .failure(DequeOperationError.indexOutOfRange.error)
            } else {
                outcome = .failure(PythonError("TypeError", "sequence index must be integer, not '\(position.typeName)'"))
            }
        }
        steps += events.map(DequeStepEvent.deque)
        return outcome
    }

    public var stateEvent: DequeStepEvent { .state(deque.layout, maxlen: deque.maxlen) }
    public static func begin(_ operation: DequeOperation) -> DequeStepEvent { .begin(operation) }
    public static func result(_ value: PythonValue) -> DequeStepEvent { .result(value) }
    public static func error(_ error: PythonError) -> DequeStepEvent { .error(error) }
}
