/// An exception a Python primitive raises, by CPython's class name and
/// message: `RuntimeError: cannot release un-acquired lock`,
/// `ValueError: task_done() called too many times`,
/// `IndexError: pop from an empty deque`.
///
///     do { try rlock.release() } catch let error as PythonError {
///         error.description    // "RuntimeError: cannot release un-acquired lock"
///     }
public struct PythonError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The exception's class: `RuntimeError`, `ValueError`, `IndexError`,
    /// `queue.Full`, `queue.Empty`.
    public let type: String
    /// Its message (CPython's text exactly; empty for `queue.Full`/`Empty`).
    public let message: String

    /// The exception `type(message)`.
    ///
    /// - Complexity: O(1)
    public init(_ type: String, _ message: String) {
        self.type = type
        self.message = message
    }

    /// `Type: message`, as a traceback's last line prints it (`Type` alone
    /// when the message is empty).
    ///
    /// - Complexity: O(1)
    public var description: String { message.isEmpty ? type : "\(type): \(message)" }

    static func runtime(_ message: String) -> PythonError { PythonError("RuntimeError", message) }
}
