extension LRUSetup: StreamSetupDecodable {
    /// Reads `capacity`, which must not be negative (as `--capacity`).
    ///
    /// - Complexity: O(1)
    public init(headerFields fields: JSONObject) throws(StreamLineError) {
        let capacity = try fields.int("capacity")
        guard capacity >= 0 else { throw StreamLineError("capacity \(capacity) is negative (capacity must be non-negative)") }
        self.init(capacity: capacity)
    }
}
