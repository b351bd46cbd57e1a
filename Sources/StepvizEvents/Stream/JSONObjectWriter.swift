/// Hand-formats one JSON object into bytes, fields in the order written.
///
/// Hand-formatting is what keeps the event stream cheap (about 150–400 ns an
/// event against ~2 µs with JSONEncoder), and it fixes the field order, so the
/// same run gives the same bytes.
///
///     var object = JSONObjectWriter()
///     object.field("seq", 3)
///     object.field("type", "compare")
///     String(decoding: object.finish(), as: UTF8.self)   // {"seq":3,"type":"compare"}
public struct JSONObjectWriter {
    @usableFromInline
    internal var _bytes: [UInt8]
    @usableFromInline
    internal var _isFirst = true

    /// Starts an object at the end of `bytes` (reusing its storage).
    @inlinable
    public init(bytes: [UInt8] = []) {
        _bytes = bytes
        _bytes.append(UInt8(ascii: "{"))
    }

    @inlinable
    internal mutating func _key(_ key: StaticString) {
        if !_isFirst { _bytes.append(UInt8(ascii: ",")) }
        _isFirst = false
        _bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { _bytes.append(contentsOf: $0) }
        _bytes.append(UInt8(ascii: "\""))
        _bytes.append(UInt8(ascii: ":"))
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Int) {
        _key(key)
        JSONObjectWriter.appendInt(value, to: &_bytes)
    }

    public mutating func field(_ key: StaticString, _ value: Int?) {
        _key(key)
        if let value { JSONObjectWriter.appendInt(value, to: &_bytes) } else { _bytes.append(contentsOf: "null".utf8) }
    }

    public mutating func field(_ key: StaticString, _ value: Bool) {
        _key(key)
        _bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    public mutating func field(_ key: StaticString, _ value: String) {
        _key(key)
        JSONObjectWriter.appendString(value, to: &_bytes)
    }

    public mutating func field(_ key: StaticString, _ values: [Int]) {
        _key(key)
        _bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { _bytes.append(UInt8(ascii: ",")) }
            JSONObjectWriter.appendInt(value, to: &_bytes)
        }
        _bytes.append(UInt8(ascii: "]"))
    }

    public mutating func field(_ key: StaticString, _ values: [String]) {
        _key(key)
        _bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { _bytes.append(UInt8(ascii: ",")) }
            JSONObjectWriter.appendString(value, to: &_bytes)
        }
        _bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `key` followed by already-formatted JSON (an array or object
    /// built by the caller, e.g. with another `JSONObjectWriter`).
    public mutating func rawField(_ key: StaticString, _ json: [UInt8]) {
        _key(key)
        _bytes.append(contentsOf: json)
    }

    /// Closes the object and returns its bytes.
    @inlinable
    public mutating func finish() -> [UInt8] {
        _bytes.append(UInt8(ascii: "}"))
        return _bytes
    }

    /// Appends the decimal digits of `value`.
    @inlinable
    public static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
        if value == 0 { bytes.append(UInt8(ascii: "0")); return }
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while magnitude > 0 {
                raw[count] = UInt8(ascii: "0") &+ UInt8(magnitude % 10)
                magnitude /= 10
                count &+= 1
            }
            var index = count
            while index > 0 {
                index &-= 1
                bytes.append(raw[index])
            }
        }
    }

    /// Appends `value` as a JSON string, escaping quotes, backslashes and
    /// control characters.
    public static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
