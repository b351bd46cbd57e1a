/// An LRU run's setup, in the stream header: the cache's capacity.
public struct LRUSetup: StreamSetup {
    public var capacity: Int

    public init(capacity: Int = LRUSession.defaultCapacity) { self.capacity = capacity }

    /// Reads `--capacity` (default 4); throws naming a negative one.
    public init(options: EventRunOptions) throws(OperationParseError) {
        let capacity = options.capacity ?? LRUSession.defaultCapacity
        if capacity < 0 {
            throw OperationParseError("invalid --capacity '\(capacity)': capacity must be non-negative")
        }
        self.init(capacity: capacity)
    }

    public func encodeHeaderFields(into object: inout JSONObjectWriter) {
        object.field("capacity", capacity)
    }
}
