/// What a future holds and a coroutine is sent: the loop's few kinds of
/// result (asyncio's are any Python object).
///
///     future.setResult(.bytes(Array("hi\n".utf8)))
public enum LoopValue: CustomStringConvertible {
    /// Python's `None` (what `sleep` and `sock_connect` return).
    case none
    /// An integer (a byte count, a delay).
    case int(Int)
    /// A string (what a socket received, a result).
    case text(String)
    /// Received bytes; empty at the end of the stream.
    case bytes([UInt8])
    /// An accepted or connected socket.
    case socket(LoopbackSocket)

    /// As Python prints it: `None`, `3`, `'hi'`, `b'hi\n'`, `<socket fd=5>`.
    public var description: String {
        switch self {
        case .none: "None"
        case .int(let value): String(value)
        case .text(let text): "'\(text)'"
        case .bytes(let bytes): LoopValue.bytesLiteral(bytes)
        case .socket(let socket): "<socket \(socket.label)>"
        }
    }

    /// The bytes, when this is `.bytes`.
    public var bytes: [UInt8]? { if case .bytes(let bytes) = self { bytes } else { nil } }
    /// The socket, when this is `.socket`.
    public var socket: LoopbackSocket? { if case .socket(let socket) = self { socket } else { nil } }

    /// Python's `repr` of a bytes object: `b'ab\n'`.
    public static func bytesLiteral(_ bytes: [UInt8]) -> String {
        var text = "b'"
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n"): text += "\\n"
            case UInt8(ascii: "\r"): text += "\\r"
            case UInt8(ascii: "\t"): text += "\\t"
            case UInt8(ascii: "\\"): text += "\\\\"
            case UInt8(ascii: "'"): text += "\\'"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return text + "'"
    }
}
