import StepvizCore

/// The one session of the operation panels (heap, deque, lru): runs each
/// operation on a real library structure and records its steps, framed
/// the same way for every panel — `begin`, the library's own events, then
/// `result` or `error`, then `state` (after every operation, failed ones
/// too). What differs per panel is its ``OperationLibrary``.
///
///     let session = HeapSession()    // LibrarySession<HeapLibrary>
///     session.apply(.heapify([3, 1, 2]))
///     session.apply(.pop)
///     session.heap.unordered    // [2, 3]
///
/// - Complexity: O(events) memory; each operation costs the library's own
///   complexity plus O(1) per event and the `state` event's size.
public final class LibrarySession<Library: OperationLibrary>: OperationSession {
    /// The panel's name in the stream.
    public static var panel: String { Library.panel }

    /// The real structure the operations ran on.
    public private(set) var library: Library
    /// Every step so far, `seq` counting from 0.
    public var steps: History<Step<Library.Event>> { log.steps }
    private var log = StepLog<Library.Event>()
    /// The operations applied so far; a step's `op` indexes this.
    public private(set) var operations = History<Library.Operation>()
    /// How the structure was built (the stream header's setup).
    public let setup: Library.Setup

    /// A session on an empty structure built as `setup` says.
    public init(setup: Library.Setup) {
        self.setup = setup
        library = Library(setup: setup)
    }

    /// Runs `operation` on the structure and records its steps.
    public func apply(_ operation: Library.Operation) {
        let op = operations.endIndex
        operations.append(operation)
        log.record(Library.begin(operation), op: op)
        var reported: [Library.Event] = []
        let outcome = library.run(operation, steps: &reported)
        for event in reported { log.record(event, op: op) }
        switch outcome {
        case .success(let value?): log.record(Library.result(value), op: op)
        case .success(nil): break
        case .failure(let error): log.record(Library.error(error), op: op)
        }
        log.record(library.stateEvent, op: op)
    }

    public func copy() -> Self {
        let copy = Self(setup: setup)
        copy.library = library
        copy.log = log
        copy.operations = operations
        return copy
    }

    public func forget(before position: Int) { log.forget(before: position, operations: &operations) }
}
