import StepvizCore

/// A ``PythonValue`` as `JSONEncoder` would write it in the baseline, in
/// the stream's form: an `int` as an integer, a `float` as a number, a
/// `str` as a string, `None` as null, a tuple as an array.
struct EncodablePythonValue: Encodable {
    var value: PythonValue

    init(_ value: PythonValue) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case .int(let int): try container.encode(int)
        case .float(let double): try container.encode(double)
        case .str(let string): try container.encode(string)
        case .none: try container.encodeNil()
        case .bool(let bool): try container.encode(bool)
        case .tuple(let items): try container.encode(items.map(EncodablePythonValue.init))
        }
    }
}
