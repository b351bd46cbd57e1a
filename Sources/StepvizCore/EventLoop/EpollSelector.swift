#if os(Linux)
import CEpoll
import Glibc

/// A selector over a Linux epoll instance (Python's `selectors.EpollSelector`):
/// `register` is `epoll_ctl(ADD)`, `select` is one `epoll_wait`.
///
///     let selector = try EpollSelector<String>()
///     try selector.register(fd, events: .read, data: "connected")
///     let ready = try selector.select(timeout: 1.5)
///
/// Ready keys come back in registration order (see ``EventSelector``).
public final class EpollSelector<Payload>: EventSelector {
    @usableFromInline
    internal var _table = _SelectorKeyTable<Payload>()
    @usableFromInline
    internal var _epollFD: Int32
    @usableFromInline
    internal var _buffer: [epoll_event]

    /// Creates the epoll instance (close-on-exec).
    ///
    /// - Complexity: O(1), one system call.
    public init() throws(SelectorError) {
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw .system(call: "epoll_create1", errno: errno) }
        _epollFD = fd
        _buffer = Array(repeating: epoll_event(), count: 64)
    }

    deinit { close() }

    /// The epoll instance's own descriptor (-1 once closed).
    public var epollFD: Int32 { _epollFD }

    public var kernelInterface: String { "epoll" }

    @inlinable
    internal static func kernelMask(_ events: SelectorEvents) -> UInt32 {
        var mask: UInt32 = 0
        if events.contains(.read) { mask |= EPOLLIN.rawValue }
        if events.contains(.write) { mask |= EPOLLOUT.rawValue }
        return mask
    }

    @inlinable
    internal func _control(_ operation: Int32, _ fd: Int32, _ events: SelectorEvents) throws(SelectorError) {
        guard _epollFD >= 0 else { throw .closed }
        var event = epoll_event()
        event.events = Self.kernelMask(events)
        event.data.fd = fd
        guard epoll_ctl(_epollFD, operation, fd, &event) == 0 else {
            throw .system(call: "epoll_ctl", errno: errno)
        }
    }

    @discardableResult
    public func register(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        guard _epollFD >= 0 else { throw .closed }
        let key = try _table.insert(fd, events: events, data: data)
        do {
            try _control(EPOLL_CTL_ADD, fd, events)
        } catch {
            _ = try? _table.remove(fd)
            throw error
        }
        return key
    }

    @discardableResult
    public func modify(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        guard let old = _table.byFD[fd] else { throw .notRegistered(fd: fd) }
        if old.events != events { try _control(EPOLL_CTL_MOD, fd, events) }
        return try _table.update(fd, events: events, data: data)
    }

    @discardableResult
    public func unregister(_ fd: Int32) throws(SelectorError) -> SelectorKey<Payload> {
        let key = try _table.remove(fd)
        // As Python: a descriptor closed before unregister is already gone
        // from the epoll set (EBADF/ENOENT), which is not an error here.
        if _epollFD >= 0 {
            var event = epoll_event()
            _ = epoll_ctl(_epollFD, EPOLL_CTL_DEL, fd, &event)
        }
        return key
    }

    public func select(timeout: Double?) throws(SelectorError) -> [(key: SelectorKey<Payload>, events: SelectorEvents)] {
        guard _epollFD >= 0 else { throw .closed }
        let milliseconds: Int32
        if let timeout {
            // Python rounds up (math.ceil(timeout * 1e3) * 1e-3) so a timer
            // is never woken early.
            milliseconds = timeout <= 0 ? 0 : Int32(min((timeout * 1e3).rounded(.up), Double(Int32.max)))
        } else {
            milliseconds = -1
        }
        let capacity = max(_table.byFD.count, 1)
        if _buffer.count < capacity { _buffer = Array(repeating: epoll_event(), count: capacity) }
        let count = _buffer.withUnsafeMutableBufferPointer { buffer in
            epoll_wait(_epollFD, buffer.baseAddress, Int32(min(capacity, buffer.count)), milliseconds)
        }
        if count < 0 {
            if errno == EINTR { return [] }
            throw .system(call: "epoll_wait", errno: errno)
        }
        var ready: [(key: SelectorKey<Payload>, events: SelectorEvents)] = []
        ready.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let event = _buffer[index]
            guard let key = _table.byFD[event.data.fd] else { continue }
            let events = _SelectorKeyTable<Payload>.ready(
                flags: event.events, readFlag: EPOLLIN.rawValue, writeFlag: EPOLLOUT.rawValue, interest: key.events)
            if !events.isEmpty { ready.append((key, events)) }
        }
        _SelectorKeyTable<Payload>.inRegistrationOrder(&ready)
        return ready
    }

    public func key(for fd: Int32) -> SelectorKey<Payload>? { _table.byFD[fd] }

    public var keys: [SelectorKey<Payload>] { _table.keysInOrder }

    public func close() {
        if _epollFD >= 0 {
            _ = Glibc.close(_epollFD)
            _epollFD = -1
        }
        _table = _SelectorKeyTable()
    }
}
#endif
