/// The registrations both selectors keep: keys by fd, with the serial
/// counter that fixes the order `select` reports them in.
@usableFromInline
internal struct _SelectorKeyTable<Payload> {
    @usableFromInline
    internal var byFD: [Int32: SelectorKey<Payload>] = [:]
    @usableFromInline
    internal var nextSerial = 0

    @inlinable
    internal init() {}

    @inlinable
    internal mutating func insert(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        guard byFD[fd] == nil else { throw .alreadyRegistered(fd: fd) }
        try Self.validate(fd, events)
        let key = SelectorKey(fd: fd, events: events, data: data, serial: nextSerial)
        nextSerial += 1
        byFD[fd] = key
        return key
    }

    @inlinable
    internal mutating func update(_ fd: Int32, events: SelectorEvents, data: Payload) throws(SelectorError) -> SelectorKey<Payload> {
        guard var key = byFD[fd] else { throw .notRegistered(fd: fd) }
        try Self.validate(fd, events)
        key.events = events
        key.data = data
        byFD[fd] = key
        return key
    }

    @inlinable
    internal mutating func remove(_ fd: Int32) throws(SelectorError) -> SelectorKey<Payload> {
        guard let key = byFD.removeValue(forKey: fd) else { throw .notRegistered(fd: fd) }
        return key
    }

    @inlinable
    internal static func validate(_ fd: Int32, _ events: SelectorEvents) throws(SelectorError) {
        guard fd >= 0, events.rawValue & ~3 == 0, events.rawValue != 0 else {
            throw .invalidEvents(fd: fd, events: events.rawValue)
        }
    }

    /// Python's rule for a kernel flag word: anything but "in" also counts as
    /// write, anything but "out" also as read, then the key's interest.
    @inlinable
    internal static func ready(flags: UInt32, readFlag: UInt32, writeFlag: UInt32, interest: SelectorEvents) -> SelectorEvents {
        var events: SelectorEvents = []
        if flags & ~readFlag != 0 { events.insert(.write) }
        if flags & ~writeFlag != 0 { events.insert(.read) }
        return events.intersection(interest)
    }

    /// Sorts a select result by registration order (see ``EventSelector``).
    @inlinable
    internal static func inRegistrationOrder(_ ready: inout [(key: SelectorKey<Payload>, events: SelectorEvents)]) {
        if ready.count > 1 { ready.sort { $0.key.serial < $1.key.serial } }
    }

    @inlinable
    internal var keysInOrder: [SelectorKey<Payload>] { byFD.values.sorted { $0.serial < $1.serial } }
}
