import StepvizCore

/// A socket of the run as the panel lists it: what it is and the bytes
/// that went through it.
public struct EventLoopSocketRow: Equatable, Sendable {
    public let fd: Int32
    public let role: LoopbackSocket.Role
    public let label: String
    public var sent: [UInt8] = []
    public var received: [UInt8] = []
    public var isClosed = false
    /// The last error a call on it met (`ConnectionRefusedError ...`).
    public var error: String?
}
