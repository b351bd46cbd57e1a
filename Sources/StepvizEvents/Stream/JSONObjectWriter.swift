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

    /// The longest key `_appendField` formats on the stack; longer keys
    /// take the byte-by-byte path.
    @usableFromInline
    internal static var _scratchKeyLimit: Int { 64 }

    /// Formats `,"key":` and then the value (`formatValue` writes at most 24
    /// bytes at the pointer it is given and returns how many) in a stack
    /// buffer, and appends the whole field to the bytes at once. One append
    /// instead of one per byte: each `Array.append` checks uniqueness and
    /// capacity, which was most of the cost of a line.
    @inlinable
    @inline(__always)
    internal mutating func _appendField(
        _ key: StaticString, _ formatValue: (UnsafeMutablePointer<UInt8>) -> Int
    ) {
        // 12 words: a comma, two quotes, a colon, a key of up to 64 bytes and a value of up to 24.
        var scratch:
            (
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let isFirst = _isFirst
        _isFirst = false
        let length = withUnsafeMutableBytes(of: &scratch) { raw -> Int in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var length = 0
            if !isFirst {
                base[0] = UInt8(ascii: ",")
                length = 1
            }
            base[length] = UInt8(ascii: "\"")
            length &+= 1
            key.withUTF8Buffer { utf8 in
                (base + length).update(from: utf8.baseAddress!, count: utf8.count)
                length &+= utf8.count
            }
            base[length] = UInt8(ascii: "\"")
            base[length &+ 1] = UInt8(ascii: ":")
            length &+= 2
            return length &+ formatValue(base + length)
        }
        withUnsafeBytes(of: &scratch) { raw in
            _bytes.append(
                contentsOf: UnsafeBufferPointer(
                    start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length))
        }
    }

    @inlinable
    public mutating func field(_ key: StaticString, _ value: Int) {
        guard key.utf8CodeUnitCount <= Self._scratchKeyLimit else {
            _key(key)
            JSONObjectWriter.appendInt(value, to: &_bytes)
            return
        }
        _appendField(key) { JSONObjectWriter._formatInt(value, at: $0) }
    }

    public mutating func field(_ key: StaticString, _ value: Int?) {
        guard let value else {
            _key(key)
            _bytes.append(contentsOf: "null".utf8)
            return
        }
        field(key, value)
    }

    public mutating func field(_ key: StaticString, _ value: Bool) {
        guard key.utf8CodeUnitCount <= Self._scratchKeyLimit else {
            _key(key)
            _bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
            return
        }
        _appendField(key) { out in
            // "true" / "false", written as bytes (no String on the way).
            if value {
                out[0] = UInt8(ascii: "t")
                out[1] = UInt8(ascii: "r")
                out[2] = UInt8(ascii: "u")
                out[3] = UInt8(ascii: "e")
                return 4
            }
            out[0] = UInt8(ascii: "f")
            out[1] = UInt8(ascii: "a")
            out[2] = UInt8(ascii: "l")
            out[3] = UInt8(ascii: "s")
            out[4] = UInt8(ascii: "e")
            return 5
        }
    }

    public mutating func field(_ key: StaticString, _ value: String) {
        // Short strings that need no escaping (every event's "type") go
        // through the stack buffer with their key, as one append.
        if key.utf8CodeUnitCount <= Self._scratchKeyLimit {
            let appended = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
                guard utf8.count <= 22, !JSONObjectWriter._needsEscaping(utf8) else { return false }
                _appendField(key) { out in
                    out[0] = UInt8(ascii: "\"")
                    (out + 1).update(from: utf8.baseAddress!, count: utf8.count)
                    out[utf8.count &+ 1] = UInt8(ascii: "\"")
                    return utf8.count &+ 2
                }
                return true
            }
            if appended == true { return }
        }
        _key(key)
        JSONObjectWriter.appendString(value, to: &_bytes)
    }

    /// Whether any byte must be escaped in a JSON string (a quote, a
    /// backslash, a control character or DEL).
    @usableFromInline
    internal static func _needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F {
            return true
        }
        return false
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
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 bytes; Int.min needs 20
        withUnsafeMutableBytes(of: &digits) { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let count = _formatInt(value, at: base)
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }

    /// Writes the decimal form of `value` (at most 20 bytes) at `out` and
    /// returns its length: digits are produced last first into a small
    /// buffer, then copied forward.
    @inlinable
    @inline(__always)
    internal static func _formatInt(_ value: Int, at out: UnsafeMutablePointer<UInt8>) -> Int {
        var reversed: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &reversed) { raw -> Int in
            let digits = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var magnitude = value.magnitude
            var start = 24
            repeat {
                start &-= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start &-= 1
                digits[start] = UInt8(ascii: "-")
            }
            let count = 24 &- start
            out.update(from: digits + start, count: count)
            return count
        }
    }

    /// Appends `value` as a JSON string, escaping quotes, backslashes and
    /// control characters.
    public static func appendString(_ value: String, to bytes: inout [UInt8]) {
        // Most strings (event types, operations) need no escaping: append
        // their bytes in one go.
        let appendedWhole = value.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            if _needsEscaping(utf8) { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if appendedWhole == true { return }
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
                bytes.append(contentsOf: [
                    0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                    hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
                ])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
