import StepvizEvents

/// A panel's run whose input has been fully checked but that has not run:
/// every command prepares first, so malformed input exits with status 2
/// before a single step runs or a byte is written. The same step source
/// serves `events` (its steps written) and the screens (played).
public struct PreparedPanel {
    public let name: String
    /// The seed of the demo (unused when operations were given).
    public let seed: UInt64
    /// The smallest screen that shows it: its view's minimum plus the chrome.
    public let minimumScreen: PanelSize
    private let makePlayback: (_ endless: Bool, _ seed: UInt64, _ speed: Double, _ paused: Bool, _ history: Int?) -> any PanelPlaying
    private let writeEvents: (_ seed: UInt64, _ writer: inout JSONLinesWriter) -> Void

    init(
        name: String, seed: UInt64, minimumSize: PanelSize,
        makePlayback: @escaping (Bool, UInt64, Double, Bool, Int?) -> any PanelPlaying,
        writeEvents: @escaping (UInt64, inout JSONLinesWriter) -> Void
    ) {
        self.name = name
        self.seed = seed
        minimumScreen = PanelSize(width: minimumSize.width, height: minimumSize.height + PlaybackScreen.chromeRows)
        self.makePlayback = makePlayback
        self.writeEvents = writeEvents
    }

    /// The playback of the run: without operations, the seeded demo,
    /// endless (`watch`, the dashboard) or its first operations (`record`,
    /// as many as `events` prints).
    /// `history` bounds the steps kept (nil keeps all).
    public func playback(
        endless: Bool = false, seed: UInt64? = nil, speed: Double = 3, paused: Bool = false,
        history: Int? = nil
    ) -> any PanelPlaying {
        makePlayback(endless, seed ?? self.seed, speed, paused, history)
    }

    /// Runs the library and writes the stream: the header, then every step
    /// (`stepviz events`).
    public func write(to writer: inout JSONLinesWriter) {
        writeEvents(seed, &writer)
    }
}
