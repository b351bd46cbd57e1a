/// An exploration's report, as text and as one JSON object, and what it found.
public struct PanelExplorationResult: Sendable {
    /// The report for a person.
    public let text: String
    /// The same report as one JSON object (`--json`).
    public let json: String
    /// A deadlock, violation or stuck run is reachable.
    public let hasFindings: Bool
    /// `--max-schedules` ended the search with orders left to try.
    public let stoppedEarly: Bool
}
