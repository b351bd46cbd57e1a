/// A deque run's setup, in the stream header: its bound and block size.
public struct DequeSetup: StreamSetup {
    /// The bound (`maxlen`), nil when unbounded.
    public var maxlen: Int?
    /// Slots per block (``DequeSession/visualBlockSize`` on screen).
    public var blockSize: Int

    public init(maxlen: Int? = nil, blockSize: Int = DequeSession.visualBlockSize) {
        self.maxlen = maxlen
        self.blockSize = blockSize
    }

    /// Reads `--maxlen`; throws naming a negative one, as Python refuses it.
    public init(options: EventRunOptions) throws(OperationParseError) {
        if let maxlen = options.maxlen, maxlen < 0 {
            throw OperationParseError("invalid --maxlen '\(maxlen)': maxlen must be non-negative")
        }
        self.init(maxlen: options.maxlen)
    }

    public func encodeHeaderFields(into object: inout JSONObjectWriter) {
        object.field("maxlen", maxlen)
        object.field("block_size", blockSize)
    }
}
