extension HeapSetup: StreamSetupDecodable {
    /// Reads `scene` when present (absent: no scene chosen, as in every
    /// stream written before scenes existed).
    ///
    /// - Complexity: O(1)
    public init(headerFields fields: JSONObject) throws(StreamLineError) {
        guard let name = try fields.optionalString("scene") else {
            self.init()
            return
        }
        guard let scene = HeapScene(rawValue: name) else {
            throw StreamLineError(HeapScene.unknown(name))
        }
        self.init(scene: scene)
    }
}
