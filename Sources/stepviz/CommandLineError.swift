import Foundation

/// Bad input found before anything runs: printed as one line, exit status 2.
struct CommandLineError: Error {
    let message: String

    init(_ message: String) { self.message = message }

    static func exit(message: String) -> Never {
        FileHandle.standardError.write(Data("stepviz: \(oneLine(message))\n".utf8))
        Foundation.exit(2)
    }

    /// The message with control characters escaped (`\n`, `\u{1B}`), so bad
    /// text echoed in it can neither break the line nor drive the terminal.
    static func oneLine(_ message: String) -> String {
        var line = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                line += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: line.unicodeScalars.append(scalar)
            }
        }
        return line
    }
}
