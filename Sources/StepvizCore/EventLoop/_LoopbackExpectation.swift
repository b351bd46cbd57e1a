/// What the loop expects the kernel to deliver to one end of a loopback
/// connection (keyed by that end's local and peer ports), so a virtual
/// clock does not move, and no step runs, before the kernel shows it.
@usableFromInline
internal struct _LoopbackExpectation {
    /// Bytes sent to this end and not yet received.
    @usableFromInline
    internal var bytes = 0
    /// The peer closed: the end of the stream follows the bytes.
    @usableFromInline
    internal var endOfStream = false
    /// Connections made to this listener and not yet accepted.
    @usableFromInline
    internal var connections = 0

    @inlinable
    internal init() {}

    @inlinable
    internal var isEmpty: Bool { bytes == 0 && !endOfStream && connections == 0 }

    /// The key for the end whose local port is `local` and peer `peer`
    /// (0 for a listener).
    @inlinable
    internal static func key(local: UInt16, peer: UInt16) -> UInt32 { UInt32(local) << 16 | UInt32(peer) }
}
