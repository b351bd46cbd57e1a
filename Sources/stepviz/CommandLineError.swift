import Foundation

/// Bad input found before anything runs: printed as one line, exit status 2.
struct CommandLineError: Error {
    let message: String

    init(_ message: String) { self.message = message }

    static func exit(message: String) -> Never {
        FileHandle.standardError.write(Data("stepviz: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
