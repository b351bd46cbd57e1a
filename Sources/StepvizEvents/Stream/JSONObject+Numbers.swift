extension JSONObject {
    /// A number (integer or not), as the writer's `field(_:_: Double)` wrote it.
    public func double(_ key: String) throws(StreamLineError) -> Double {
        guard let value = try nullableDouble(key) else { throw StreamLineError("field '\(key)' must be a number, not null") }
        return value
    }

    /// A number or `null`; the field must be there.
    public func nullableDouble(_ key: String) throws(StreamLineError) -> Double? {
        guard let value = self[key] else { throw StreamLineError("missing field '\(key)'") }
        switch value {
        case .null: return nil
        case .integer(let int): return Double(int)
        case .number(let text):
            guard let number = Double(text), number.isFinite else {
                throw StreamLineError("field '\(key)' is not a finite number: \(text)")
            }
            return number
        default: throw StreamLineError("field '\(key)' must be a number, not \(value.kindDescription)")
        }
    }

    /// A string or `null`; the field must be there.
    public func nullableString(_ key: String) throws(StreamLineError) -> String? {
        guard let value = self[key] else { throw StreamLineError("missing field '\(key)'") }
        if case .null = value { return nil }
        return try string(key)
    }
}
