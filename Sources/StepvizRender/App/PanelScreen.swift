import StepvizEvents

/// The screen of one panel (`watch`, `record`, `replay`): its playback, with
/// the header, the status row, the `:` prompt and the help overlay around
/// it. Everything the screen shows is a function of this value (`view`),
/// and everything that changes it is a message (`update`), so a live
/// terminal, a recording and a test drive exactly the same code.
///
///     var screen = PanelScreen(playback: try PanelCatalog.prepare(panel: "heap", options: .init()).playback(), capabilities: .full)
///     _ = screen.update(.key(.right))
///     let frame = screen.view(width: 80, height: 24)
public struct PanelScreen: TerminalApp {
    public private(set) var playback: any PanelPlaying
    public private(set) var mode = ScreenMode.playing
    /// A one-line message in the status row (a prompt error, a notice).
    public private(set) var status: ScreenStatus?
    public let capabilities: DisplayCapabilities

    public init(playback: any PanelPlaying, capabilities: DisplayCapabilities) {
        self.playback = playback
        self.capabilities = capabilities
    }

    public var wantsTicks: Bool { playback.wantsTicks }
    public var playbacks: [any PanelPlaying] { [playback] }

    /// The smallest screen: the panel's minimum plus the header and status rows.
    public var minimumSize: (width: Int, height: Int) {
        (playback.minimumSize.width, playback.minimumSize.height + ScreenChrome.rows)
    }

    // MARK: update

    public mutating func update(_ message: AppMessage) -> AppCommand {
        switch message {
        case .tick(let milliseconds):
            playback.send(.tick(milliseconds))
        case .resize:
            break  // `view` is given the size; the position is kept.
        case .key(let key):
            switch mode {
            case .help:
                mode = ScreenChrome.helpMode(after: key)
                if key == .character("q") || key == .interrupt { return .quit }
            case .prompt(let text):
                if let line = ScreenChrome.edit(&mode, text: text, with: key) { runPrompt(line) }
            case .playing:
                return playingKey(key)
            }
        }
        return .none
    }

    private mutating func playingKey(_ key: Key) -> AppCommand {
        status = nil
        if let hand = ScreenChrome.handScheduleKey(key, on: &playback) {
            status = hand.text.isEmpty ? nil : hand
            return .none
        }
        if let message = ScreenChrome.playerMessage(for: key) {
            playback.send(message)
            status = ScreenChrome.historyNotice(playback, after: message)
            return .none
        }
        switch key {
        case .character("q"), .interrupt: return .quit
        case .character(":"): mode = .prompt("")
        case .character("?"): mode = .help
        case .character("r"):
            playback.restart(seed: playback.seed &+ 1)
            status = ScreenStatus("restarted with seed \(playback.seed)")
        case .tab, .character("1"), .character("2"), .character("3"), .character("4"), .character("5"):
            status = ScreenStatus("watch shows one panel; run `stepviz` for the dashboard")
        default: break
        }
        return .none
    }

    private mutating func runPrompt(_ line: String) {
        if let answer = ScreenChrome.handSchedulePrompt(line, on: &playback) {
            status = answer.text.isEmpty ? nil : answer
            return
        }
        do {
            try playback.run(line: line)
        } catch {
            status = ScreenStatus(error.message, isError: true)
        }
    }

    // MARK: view

    public func view(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let glyphs = Glyphs.forDisplay(capabilities)
        let needed = minimumSize
        guard width >= needed.width, height >= needed.height else {
            ScreenChrome.renderTooSmall(needed: needed, on: &canvas, glyphs: glyphs)
            return canvas
        }
        let (header, rest) = canvas.bounds.splitTop(1)
        let (body, statusRow) = rest.splitBottom(1)
        ScreenChrome.renderHeader(title: playback.name, playback: playback, in: header, on: &canvas, glyphs: glyphs)
        ScreenChrome.render(playback, in: body, on: &canvas, glyphs: glyphs)
        ScreenChrome.renderStatus(mode: mode, status: status ?? ScreenChrome.handScheduleStatus(of: playback),
                                  in: statusRow, on: &canvas, glyphs: glyphs,
                                  extraHints: playback.runsThreads ? [("s", "schedule")] : [])
        if mode == .help { ScreenChrome.renderHelp(in: body, on: &canvas, glyphs: glyphs) }
        return capabilities.color ? canvas : canvas.withoutColor
    }

    /// The operation the cursor is in (index into the playback's operations).
    public var currentOperation: Int? { playback.currentOperation }
}

/// A one-line message in a screen's status row.
public struct ScreenStatus: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
