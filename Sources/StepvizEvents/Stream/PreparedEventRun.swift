/// A panel's run whose input has been fully checked but that has not run:
/// `stepviz events` prepares first, so malformed input exits with status 2
/// before a single byte is written.
public struct PreparedEventRun {
    public let panel: String
    private let body: (inout JSONLinesWriter) -> Void

    /// `body` runs the real library and writes every step (not the header).
    public init(panel: String, body: @escaping (inout JSONLinesWriter) -> Void) {
        self.panel = panel
        self.body = body
    }

    /// Writes the header, then runs and writes every step.
    public func write(to writer: inout JSONLinesWriter) {
        writer.writeHeader(panel: panel)
        body(&writer)
    }
}
