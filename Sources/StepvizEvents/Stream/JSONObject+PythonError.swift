import StepvizCore

extension JSONObjectWriter {
    /// The exception an `error` line leaves unnamed: the only one a run of
    /// integers on the heap or the deque raises.
    public static let unnamedException = "IndexError"

    /// An operation panel's `error` line: `message`, and `exception` when
    /// it is not ``unnamedException`` (so an integer run's lines are as
    /// they always were: `{"type":"error","message":"index out of range"}`).
    public mutating func errorFields(_ error: PythonError) {
        field("message", error.message)
        if error.type != Self.unnamedException { field("exception", error.type) }
    }
}

extension JSONObject {
    /// The ``PythonError`` of an operation panel's `error` line (no
    /// `exception`: an `IndexError`).
    public func pythonError() throws(StreamLineError) -> PythonError {
        PythonError(try optionalString("exception") ?? JSONObjectWriter.unnamedException, try string("message"))
    }

    /// Checks a `state` line's `repr`, when it has one (streams before it
    /// was added do not), against the repr of what the line holds.
    public func checkRepr(_ expected: String) throws(StreamLineError) {
        guard let repr = try optionalString("repr") else { return }
        guard repr == expected else {
            throw StreamLineError("repr \(repr) disagrees with the line's items, which Python prints as \(expected)")
        }
    }
}
