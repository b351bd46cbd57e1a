import StepvizCore

/// The failures Python's `collections.deque` reports, with its messages.
public enum DequeOperationError: Error, Equatable, Sendable {
    /// pop or popleft on an empty deque.
    case popFromEmpty
    /// `d[i]` with `i` outside `-len ..< len`.
    case indexOutOfRange

    public var message: String {
        switch self {
        case .popFromEmpty: "pop from an empty deque"
        case .indexOutOfRange: "deque index out of range"
        }
    }

    /// The exception as an `error` step carries it (an `IndexError`).
    public var error: PythonError { PythonError("IndexError", message) }
}
