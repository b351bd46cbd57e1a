/// A registration in a selector (Python's `SelectorKey(fileobj, fd, events, data)`).
///
///     let key = try selector.register(fd, events: .read, data: "listener")
///     key.events    // .read
///
/// `serial` numbers registrations in the order they were made; `select`
/// returns ready keys in that order, so a run does not depend on the order
/// the kernel noticed readiness in (see ``EventSelector``).
public struct SelectorKey<Payload> {
    /// The file descriptor.
    public let fd: Int32
    /// The interest: read, write or both.
    public var events: SelectorEvents
    /// What the caller attached (the notes attach the callback).
    public var data: Payload
    /// The registration's rank: 0 for the first `register` of this
    /// selector, 1 for the next, ...; `modify` keeps it.
    public let serial: Int

    /// - Complexity: O(1)
    @inlinable
    public init(fd: Int32, events: SelectorEvents, data: Payload, serial: Int) {
        self.fd = fd
        self.events = events
        self.data = data
        self.serial = serial
    }
}
