import StepvizCore

extension PythonError {
    /// How an operation panel words the error: the structure's own
    /// `IndexError` by its message alone (`index out of range`, as the
    /// panels always have), any other exception by its traceback line
    /// (`TypeError: '<' not supported between instances of 'str' and 'int'`).
    var panelText: String { type == "IndexError" ? message : description }
}
