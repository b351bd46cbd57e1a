/// An LRU run's setup, in the stream header: the cache's capacity.
public struct LRUSetup: StreamSetup {
    public var capacity: Int

    public init(capacity: Int = LRUSession.defaultCapacity) { self.capacity = capacity }

    public func encodeHeaderFields(into object: inout JSONObjectWriter) {
        object.field("capacity", capacity)
    }
}
