#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A selector over `poll(2)` (Python's `selectors.PollSelector`): the
/// portable one, with no kernel object between calls; each `select` passes
/// the whole interest list.
///
///     let selector = PollSelector<String>()
///     try selector.register(fd, events: [.read, .write], data: "client 1")
///     let ready = try selector.select(timeout: 0)
///
/// Ready keys come back in registration order (see ``EventSelector``).
public final class PollSelector<Payload>: EventSelector {
    @usableFromInline
    internal var _table = _SelectorKeyTable<Payload>()
    @usableFromInline
    internal var _isClosed = false
    @usableFromInline
    internal var _pollSet: [pollfd] = []

    /// - Complexity: O(1)
    public init() {}

    public var kernelInterface: String { "poll" }

    @discardableResult
    public func register(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        guard !_isClosed else { throw .closed }
        return try _table.insert(fd, events: events, data: data)
    }

    @discardableResult
    public func modify(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        try _table.update(fd, events: events, data: data)
    }

    @discardableResult
    public func unregister(_ fd: Int32) throws(SelectorError) -> SelectorKey<Payload> {
        try _table.remove(fd)
    }

    public func select(timeout: Double?) throws(SelectorError) -> [(key: SelectorKey<Payload>, events: SelectorEvents)] {
        guard !_isClosed else { throw .closed }
        let milliseconds: Int32
        if let timeout {
            milliseconds = timeout <= 0 ? 0 : Int32(min((timeout * 1e3).rounded(.up), Double(Int32.max)))
        } else {
            milliseconds = -1
        }
        // Registration order in the poll set, so the result needs no sort.
        let keys = _table.keysInOrder
        _pollSet.removeAll(keepingCapacity: true)
        for key in keys {
            var flags: Int16 = 0
            if key.events.contains(.read) { flags |= Int16(POLLIN) }
            if key.events.contains(.write) { flags |= Int16(POLLOUT) }
            _pollSet.append(pollfd(fd: key.fd, events: flags, revents: 0))
        }
        let count = _pollSet.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), milliseconds)
        }
        if count < 0 {
            if errno == EINTR { return [] }
            throw .system(call: "poll", errno: errno)
        }
        var ready: [(key: SelectorKey<Payload>, events: SelectorEvents)] = []
        guard count > 0 else { return ready }
        for (index, entry) in _pollSet.enumerated() where entry.revents != 0 {
            let key = keys[index]
            let events = _SelectorKeyTable<Payload>.ready(
                flags: UInt32(UInt16(bitPattern: entry.revents)), readFlag: UInt32(POLLIN), writeFlag: UInt32(POLLOUT),
                interest: key.events)
            if !events.isEmpty { ready.append((key, events)) }
        }
        return ready
    }

    public func key(for fd: Int32) -> SelectorKey<Payload>? { _table.byFD[fd] }

    public var keys: [SelectorKey<Payload>] { _table.keysInOrder }

    public func close() {
        _isClosed = true
        _table = _SelectorKeyTable()
    }
}
