/// The interest of a registered file descriptor, or what `select` found
/// ready on it: Python's `selectors.EVENT_READ` (1) and `EVENT_WRITE` (2).
///
///     let both: SelectorEvents = [.read, .write]
///     both.rawValue    // 3
public struct SelectorEvents: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int

    /// - Complexity: O(1)
    @inlinable
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Readable (data, a pending connection, or the peer's end of stream).
    public static let read = SelectorEvents(rawValue: 1)
    /// Writable (room in the send buffer, or a connect that finished).
    public static let write = SelectorEvents(rawValue: 2)

    /// "read", "write", "read|write" or "none", as the panel labels them.
    public var description: String {
        switch rawValue & 3 {
        case 1: "read"
        case 2: "write"
        case 3: "read|write"
        default: "none"
        }
    }
}
