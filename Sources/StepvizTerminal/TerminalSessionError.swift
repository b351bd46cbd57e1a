/// Why the interactive screen cannot be opened: one line for the CLI to
/// print before exiting with status 2. Thrown before anything is written to
/// the terminal, so a pipe never receives escape codes.
public struct TerminalSessionError: Error, CustomStringConvertible, Hashable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
