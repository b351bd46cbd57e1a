extension JSONObjectWriter {
    /// A finite number as Swift's shortest round-tripping text (`1.0`,
    /// `0.5`, `1e-05`), which reads back exactly; a time, never NaN or
    /// infinite (those have no JSON form and trap).
    public mutating func field(_ key: StaticString, _ value: Double) {
        precondition(value.isFinite, "JSON has no \(value)")
        _key(key)
        _bytes.append(contentsOf: value.description.utf8)
    }

    /// A number or `null`.
    public mutating func field(_ key: StaticString, _ value: Double?) {
        guard let value else {
            _key(key)
            _bytes.append(contentsOf: "null".utf8)
            return
        }
        field(key, value)
    }

    /// A string or `null`.
    public mutating func field(_ key: StaticString, _ value: String?) {
        guard let value else {
            _key(key)
            _bytes.append(contentsOf: "null".utf8)
            return
        }
        field(key, value)
    }
}
