extension NoSetup: StreamSetupDecodable {
    /// Heap, locks and scheduler headers carry nothing after `panel`.
    ///
    /// - Complexity: O(1)
    public init(headerFields: JSONObject) throws(StreamLineError) { self.init() }
}
