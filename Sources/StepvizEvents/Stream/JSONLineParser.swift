/// Parses one line of a saved event stream as a JSON object (RFC 8259).
///
/// A hand parser rather than Foundation's `JSONSerialization`: it keeps
/// `true` apart from `1` (an `NSNumber` is both on Linux), keeps integers
/// exact, rejects duplicate keys (which would make a line mean two
/// things), and names the column of what it could not read.
///
///     try JSONLineParser.object(Array(#"{"seq":0,"op":0,"type":"begin"}"#.utf8)).int("seq")    // 0
///
/// - Complexity: O(*n*) in the length of the line.
public struct JSONLineParser {
    /// Nesting deeper than this is refused, so a hostile line cannot
    /// exhaust the stack (the stream's own values nest three deep).
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index: Int

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
        index = 0
    }

    /// The line's object; throws when the line is not JSON or not an object.
    public static func object(_ line: some Collection<UInt8>) throws(StreamLineError) -> JSONObject {
        var parser = JSONLineParser(Array(line))
        parser.skipWhitespace()
        guard parser.index < parser.bytes.count else { throw StreamLineError("empty line, expected a JSON object") }
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else { throw parser.unexpected("after the value") }
        guard case .object(let object) = value else {
            throw StreamLineError("not a JSON object (\(value.kindDescription))")
        }
        return object
    }

    private func unexpected(_ context: String = "") -> StreamLineError {
        guard index < bytes.count else { return StreamLineError("not JSON: the line ends inside a value") }
        let byte = bytes[index]
        let shown = (0x20..<0x7F).contains(byte) ? "'\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
        return StreamLineError("not JSON: unexpected \(shown) at column \(index + 1)" + (context.isEmpty ? "" : " \(context)"))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(StreamLineError) {
        guard index < bytes.count, bytes[index] == byte else { throw unexpected() }
        index += 1
    }

    private mutating func value(depth: Int) throws(StreamLineError) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw StreamLineError("not JSON: nested deeper than \(Self.maximumDepth) at column \(index + 1)")
        }
        skipWhitespace()
        guard index < bytes.count else { throw unexpected() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try object(depth: depth))
        case UInt8(ascii: "["): return .array(try array(depth: depth))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw unexpected()
        }
    }

    private mutating func literal(_ word: StaticString) throws(StreamLineError) {
        let start = index
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == byte else {
                index = start
                throw unexpected()
            }
            index += 1
        }
    }

    private mutating func object(depth: Int) throws(StreamLineError) -> JSONObject {
        index += 1  // {
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject(fields: fields)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected("(expected a key)") }
            let keyColumn = index + 1
            let key = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            let value = try value(depth: depth + 1)
            guard fields.updateValue(value, forKey: key) == nil else {
                throw StreamLineError("duplicate field '\(key)' at column \(keyColumn)")
            }
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONObject(fields: fields)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected("(expected ',' or '}')") }
            index += 1
        }
    }

    private mutating func array(depth: Int) throws(StreamLineError) -> [JSONValue] {
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected("(expected ',' or ']')") }
            index += 1
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func number() throws(StreamLineError) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { throw unexpected() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1  // JSON has no leading zeros: "01" is "0" followed by garbage
        } else {
            _ = digits()
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard digits() > 0 else { throw unexpected() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw unexpected() }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .integer(value) }
        return .number(text)
    }

    private mutating func hexQuad() throws(StreamLineError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw unexpected() }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw unexpected("in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func string() throws(StreamLineError) -> String {
        let column = index + 1
        index += 1  // "
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw StreamLineError("not JSON: the string at column \(column) is not closed") }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let string = String(validating: utf8, as: UTF8.self) else {
                    throw StreamLineError("not JSON: the string at column \(column) is not valid UTF-8")
                }
                return string
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { throw unexpected() }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hexQuad()
                    if (0xD800..<0xDC00).contains(code) {
                        // A high surrogate must be followed by its low half.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw StreamLineError("not JSON: unpaired surrogate in the string at column \(column)")
                        }
                        index += 2
                        let low = try hexQuad()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw StreamLineError("not JSON: unpaired surrogate in the string at column \(column)")
                        }
                        code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw StreamLineError("not JSON: unpaired surrogate in the string at column \(column)")
                    }
                    utf8.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    index -= 1
                    throw unexpected("after '\\'")
                }
            case 0..<0x20:
                index -= 1
                throw unexpected("in a string (control characters must be escaped)")
            default:
                utf8.append(byte)
            }
        }
    }
}
