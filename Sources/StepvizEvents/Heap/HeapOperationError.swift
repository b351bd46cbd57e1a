import StepvizCore

/// The failures Python's heapq reports, with its messages.
public enum HeapOperationError: Error {
    /// heappop or heapreplace on an empty heap.
    case indexOutOfRange

    public var message: String {
        switch self {
        case .indexOutOfRange: "index out of range"
        }
    }

    /// The exception as an `error` step carries it (an `IndexError`).
    public var error: PythonError { PythonError("IndexError", message) }
}
