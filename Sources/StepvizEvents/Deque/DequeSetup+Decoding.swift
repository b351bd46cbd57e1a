extension DequeSetup: StreamSetupDecodable {
    /// The largest block size a stream may ask for: a replay allocates a
    /// block of this many slots, so a typo must not cost gigabytes.
    public static let maximumBlockSize = 4096

    /// Reads `maxlen` (an integer or null, not negative, as Python refuses
    /// it) and `block_size` (2 to ``maximumBlockSize``: ``BlockDeque``
    /// needs at least 2 slots a block).
    ///
    /// - Complexity: O(1)
    public init(headerFields fields: JSONObject) throws(StreamLineError) {
        let maxlen = try fields.nullableInt("maxlen")
        if let maxlen, maxlen < 0 { throw StreamLineError("maxlen \(maxlen) is negative (maxlen must be non-negative or null)") }
        let blockSize = try fields.int("block_size")
        guard (2...Self.maximumBlockSize).contains(blockSize) else {
            throw StreamLineError("block_size \(blockSize) is out of range (2 to \(Self.maximumBlockSize))")
        }
        self.init(maxlen: maxlen, blockSize: blockSize)
    }
}
