/// One JSON object of a saved event stream, with the typed reads a
/// decoder needs. Each read throws a ``StreamLineError`` naming the field
/// (`missing field 'slot'`, `field 'less' must be true or false, not 1`);
/// fields nobody reads are ignored, as version 1 promises (it is
/// additive-only).
///
///     let object = try JSONLineParser.object(Array(#"{"slot":3,"extra":[1]}"#.utf8))
///     try object.int("slot")    // 3
///
/// - Complexity: each read is O(1) besides converting arrays (O(*n*)).
public struct JSONObject: Equatable, Sendable {
    public private(set) var fields: [String: JSONValue]

    public init(fields: [String: JSONValue] = [:]) { self.fields = fields }

    public subscript(key: String) -> JSONValue? { fields[key] }

    private func required(_ key: String) throws(StreamLineError) -> JSONValue {
        guard let value = fields[key] else { throw StreamLineError("missing field '\(key)'") }
        return value
    }

    private static func mismatch(_ key: String, _ expected: String, _ value: JSONValue) -> StreamLineError {
        StreamLineError("field '\(key)' must be \(expected), not \(value.kindDescription)")
    }

    public func int(_ key: String) throws(StreamLineError) -> Int {
        let value = try required(key)
        guard case .integer(let int) = value else { throw Self.mismatch(key, "an integer", value) }
        return int
    }

    /// An integer or `null`; the field must be there (the writer always writes it).
    public func nullableInt(_ key: String) throws(StreamLineError) -> Int? {
        let value = try required(key)
        switch value {
        case .null: return nil
        case .integer(let int): return int
        default: throw Self.mismatch(key, "an integer or null", value)
        }
    }

    /// An integer, `null`, or no field at all (fields the writer leaves out when nil).
    public func optionalInt(_ key: String) throws(StreamLineError) -> Int? {
        guard fields[key] != nil else { return nil }
        return try nullableInt(key)
    }

    /// A string, or nothing when the field is absent (an addition to
    /// version 1 that older streams lack).
    public func optionalString(_ key: String) throws(StreamLineError) -> String? {
        guard fields[key] != nil else { return nil }
        return try string(key)
    }

    public func bool(_ key: String) throws(StreamLineError) -> Bool {
        let value = try required(key)
        guard case .bool(let bool) = value else { throw Self.mismatch(key, "true or false", value) }
        return bool
    }

    public func string(_ key: String) throws(StreamLineError) -> String {
        let value = try required(key)
        guard case .string(let string) = value else { throw Self.mismatch(key, "a string", value) }
        return string
    }

    public func array(_ key: String) throws(StreamLineError) -> [JSONValue] {
        let value = try required(key)
        guard case .array(let array) = value else { throw Self.mismatch(key, "an array", value) }
        return array
    }

    public func ints(_ key: String) throws(StreamLineError) -> [Int] {
        var ints: [Int] = []
        for element in try array(key) {
            guard case .integer(let int) = element else { throw Self.mismatch(key, "an array of integers", element) }
            ints.append(int)
        }
        return ints
    }

    public func strings(_ key: String) throws(StreamLineError) -> [String] {
        var strings: [String] = []
        for element in try array(key) {
            guard case .string(let string) = element else { throw Self.mismatch(key, "an array of strings", element) }
            strings.append(string)
        }
        return strings
    }

    public func objects(_ key: String) throws(StreamLineError) -> [JSONObject] {
        var objects: [JSONObject] = []
        for element in try array(key) {
            guard case .object(let object) = element else { throw Self.mismatch(key, "an array of objects", element) }
            objects.append(object)
        }
        return objects
    }

    /// A string that must be one of `names`, mapped to its value
    /// (`"left"` → `.left`).
    public func oneOf<Value>(_ key: String, _ names: KeyValuePairs<String, Value>) throws(StreamLineError) -> Value {
        let value = try required(key)
        if case .string(let string) = value, let match = names.first(where: { $0.key == string }) { return match.value }
        let expected = names.map { "\"\($0.key)\"" }.joined(separator: " or ")
        throw Self.mismatch(key, expected, value)
    }
}
