import StepvizCore

extension PythonError {
    /// How an operation panel words the error: the structure's own
    /// `IndexError` by its message alone (`index out of range`, as the
    /// panels always have), any other exception by its traceback line
    /// (`TypeError: '<' not supported between instances of 'str' and 'int'`).
    var panelText: String { isIndexError ? message : description }

    /// Whether it is the structure's own `IndexError` (an empty heap or
    /// deque, an index out of range), the one error a run of integers has.
    var isIndexError: Bool { type == "IndexError" }
}
