import StepvizCore

/// What a ``LibrarySession`` needs from one panel's library: the real
/// structure (a value), how one operation runs on it — the panel's own
/// `switch`, the only code that differs between heap, deque and LRU — and
/// how its steps are named as the panel's events.
///
///     struct Counter: OperationLibrary { ... }    // see HeapLibrary
///     let session = LibrarySession<HeapLibrary>(setup: HeapSetup())
public protocol OperationLibrary {
    associatedtype Operation: ParsableOperation
    associatedtype Event: StepEventEncodable
    associatedtype Setup: StreamSetup
    /// What an operation can raise: ``PythonError``, or `Never` for a
    /// library whose operations cannot fail (the LRU cache).
    associatedtype Failure: Error = PythonError
    /// The panel's name in the stream (`heap`).
    static var panel: String { get }
    /// An empty structure built as `setup` says.
    init(setup: Setup)
    /// Runs `operation` on the structure, appending the steps the library
    /// reported (as the panel's events) to `steps`; returns what the
    /// operation returned (nil for none) or the Python exception it raised.
    mutating func run(_ operation: Operation, steps: inout [Event]) -> Result<PythonValue?, Failure>
    /// The `state` event of the whole structure now.
    var stateEvent: Event { get }
    /// The event that opens an operation.
    static func begin(_ operation: Operation) -> Event
    /// The event of an operation's returned value.
    static func result(_ value: PythonValue) -> Event
    /// The event of an operation's raised exception.
    static func error(_ error: Failure) -> Event
}
