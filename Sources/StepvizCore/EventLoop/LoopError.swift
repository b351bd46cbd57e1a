/// Why a future failed: asyncio's exceptions, as values.
public enum LoopError: Error, CustomStringConvertible {
    /// The future or task was cancelled (`asyncio.CancelledError`).
    case cancelled
    /// A socket call failed (a refused connection, a reset).
    case socket(SocketError)
    /// The loop stopped before the future was done (run_until_complete's
    /// RuntimeError), or a selector failure.
    case loop(String)

    public var description: String {
        switch self {
        case .cancelled: "CancelledError()"
        case .socket(let error): error.description
        case .loop(let message): "RuntimeError('\(message)')"
        }
    }
}
