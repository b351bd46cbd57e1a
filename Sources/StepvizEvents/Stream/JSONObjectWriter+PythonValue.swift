import StepvizCore

extension JSONObjectWriter {
    /// A Python value as the stream writes it, readably and losslessly: an
    /// `int` as a JSON integer (so a stream of integers reads as it always
    /// has), a `float` as a number that always has a fraction or an exponent
    /// (`1.0`, `1e+16`; an infinite one, which JSON has no number for, as
    /// `{"float":"inf"}` or `{"float":"-inf"}`, a NaN as `{"float":"nan"}`),
    /// a `str` as a string, `None` as `null`, a `bool` as `true`/`false` and
    /// a `tuple` as an array. No value in these structures is a list, so an
    /// array always means a tuple. ``JSONObject/value(_:)`` reads it back.
    ///
    ///     var object = JSONObjectWriter()
    ///     object.field("value", PythonValue.tuple([2, "write", 0.5]))
    ///     String(decoding: object.finish(), as: UTF8.self)   // {"value":[2,"write",0.5]}
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public mutating func field(_ key: StaticString, _ value: PythonValue) {
        if case .int(let int) = value {
            field(key, Int(int))
            return
        }
        _key(key)
        Self.appendValue(value, to: &_bytes)
    }

    /// An array of values, each written as ``field(_:_:)-(_,PythonValue)`` writes one.
    ///
    /// - Complexity: O(*n*) in the size of the values.
    public mutating func field(_ key: StaticString, _ values: [PythonValue]) {
        _key(key)
        Self.appendValues(values, to: &_bytes)
    }

    /// Appends `value` in the stream's form (see ``field(_:_:)-(_,PythonValue)``).
    ///
    /// - Complexity: O(*n*) in the size of the value.
    public static func appendValue(_ value: PythonValue, to bytes: inout [UInt8]) {
        switch value {
        case .int(let int): appendInt(Int(int), to: &bytes)
        case .float(let double):
            if double.isFinite {
                // Swift's shortest round-tripping text always has a "." or an "e".
                bytes.append(contentsOf: double.description.utf8)
            } else {
                bytes.append(contentsOf: #"{"float":""#.utf8)
                bytes.append(contentsOf: (double.isNaN ? "nan" : double < 0 ? "-inf" : "inf").utf8)
                bytes.append(contentsOf: #""}"#.utf8)
            }
        case .str(let string): appendString(string, to: &bytes)
        case .none: bytes.append(contentsOf: "null".utf8)
        case .bool(let bool): bytes.append(contentsOf: (bool ? "true" : "false").utf8)
        case .tuple(let items): appendValues(items, to: &bytes)
        }
    }

    /// Appends `[value,value,...]`.
    ///
    /// - Complexity: O(*n*) in the size of the values.
    public static func appendValues(_ values: [PythonValue], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendValue(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
