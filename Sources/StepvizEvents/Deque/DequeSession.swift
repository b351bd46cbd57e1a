import StepvizCore

/// Runs deque operations on a real ``BlockDeque`` (blocks of 8 slots, so the
/// panel can show them) and keeps every step it reported, framed per
/// operation: `begin`, the library's events, then `result` or `error`, then
/// `state` (after every operation, failed ones too).
///
///     let session = DequeSession(maxlen: 3)
///     session.apply(.extend([9, 2, 3]))
///     session.apply(.extend([7, 8]))
///     Array(session.deque)    // [3, 7, 8]
///
/// - Complexity: O(events) memory; each operation costs the library's own
///   complexity plus O(1) per event and O(*n*) for its `state`.
public final class DequeSession: OperationSession {
    public static let panel = "deque"
    /// The block size the visualizer uses: small, so blocks are visible.
    public static let visualBlockSize = 8

    /// The real deque the operations ran on.
    public private(set) var deque: BlockDeque<PythonValue>
    /// The layout before the first operation (where a replay starts).
    public let initialLayout: DequeLayout<PythonValue>
    /// Every step so far, `seq` counting from 0.
    public var steps: History<Step<DequeStepEvent>> { log.steps }
    private var log = StepLog<DequeStepEvent>()
    /// The operations applied so far; a step's `op` indexes this.
    public private(set) var operations = History<DequeOperation>()

    public let setup: DequeSetup

    /// `maxlen` must not be negative (``DequeSetup/init(options:)`` checks it).
    public init(setup: DequeSetup) {
        self.setup = setup
        deque = BlockDeque(maxlen: setup.maxlen, blockSize: setup.blockSize)
        initialLayout = deque.layout
    }

    public convenience init(maxlen: Int? = nil, blockSize: Int = DequeSession.visualBlockSize) {
        self.init(setup: DequeSetup(maxlen: maxlen, blockSize: blockSize))
    }

    /// Runs `operation` on the deque and records its steps.
    public func apply(_ operation: DequeOperation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(.begin(operation), op: op)

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
        case .rotate(let steps):
            // Python's rotate takes an int (or a bool); anything else raises.
            if let steps = steps.integerIndex {
                deque.rotate(steps)
                outcome = .success(nil)
            } else {
                outcome = .failure(PythonError("TypeError", "'\(steps.typeName)' object cannot be interpreted as an integer"))
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
        for event in events { log.record(.deque(event), op: op) }
        switch outcome {
        case .success(let value?): log.record(.result(value), op: op)
        case .success(nil): break
        case .failure(let error): log.record(.error(error), op: op)
        }
        log.record(.state(deque.layout, maxlen: deque.maxlen), op: op)
    }

    public func copy() -> Self {
        let copy = Self(setup: setup)
        copy.deque = deque
        copy.log = log
        copy.operations = operations
        return copy
    }

    public func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}
