import StepvizCore

extension JSONObject {
    /// The Python value in field `key`, in the form
    /// ``JSONObjectWriter/field(_:_:)-(_,PythonValue)`` writes.
    ///
    ///     try JSONLineParser.object(Array(#"{"value":[2,"write"]}"#.utf8)).value("value")   // (2, 'write')
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public func value(_ key: String) throws(StreamLineError) -> PythonValue {
        guard let json = self[key] else { throw StreamLineError("missing field '\(key)'") }
        return try PythonValue(json: json, field: key)
    }

    /// An array of Python values in field `key`.
    ///
    /// - Complexity: O(*n*) in the size of the values.
    public func values(_ key: String) throws(StreamLineError) -> [PythonValue] {
        var values: [PythonValue] = []
        for element in try array(key) { values.append(try PythonValue(json: element, field: key)) }
        return values
    }
}

extension PythonValue {
    /// The value a JSON value of the stream stands for (the inverse of
    /// ``JSONObjectWriter/appendValue(_:to:)``); `field` names it in errors.
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public init(json: JSONValue, field: String) throws(StreamLineError) {
        switch json {
        case .null: self = .none
        case .bool(let bool): self = .bool(bool)
        case .integer(let int): self = .int(Int64(int))
        case .number(let text):
            guard text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
                throw StreamLineError("field '\(field)' holds \(text), an integer out of the 64-bit range")
            }
            guard let double = Double(text) else { throw StreamLineError("field '\(field)' holds \(text), not a float") }
            self = .float(double)
        case .string(let string): self = .str(string)
        case .array(let items):
            var values: [PythonValue] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try PythonValue(json: item, field: field)) }
            self = .tuple(values)
        case .object(let object):
            let special: [String: Double] = ["inf": .infinity, "-inf": -.infinity, "nan": .nan]
            guard object.fields.count == 1, case .string(let name)? = object["float"], let double = special[name] else {
                throw StreamLineError(
                    "field '\(field)' holds an object that is not a float's {\"float\":\"inf\"}, {\"float\":\"-inf\"} or {\"float\":\"nan\"}"
                )
            }
            self = .float(double)
        }
    }
}
