import StepvizEvents

/// The interactive screen of one panel: a timeline of the real library's
/// steps, the player moving through it, the `:` prompt and the help overlay.
/// Everything the screen shows is a function of this value (`view`), and
/// everything that changes it is a message (`update`), so a live terminal, a
/// recording and a test drive exactly the same code.
public struct WatchApp<Source: StepSource, Panel: PanelView>: TerminalApp where Panel.Model.Event == Source.Event, Panel.Model.Setup == Source.Setup {
    public private(set) var timeline: Timeline<Source, Panel.Model>
    public private(set) var player: Player
    public private(set) var mode = WatchMode.playing
    /// A one-line message in the status row (a prompt error, a notice).
    public private(set) var status: (text: String, isError: Bool)?
    public private(set) var seed: UInt64
    /// The model at the player's position, kept current by `update`.
    public private(set) var model: Panel.Model
    public let capabilities: DisplayCapabilities
    private let makeSource: (UInt64) -> Source

    /// - Parameters:
    ///   - seed: the demo's seed; `r` restarts with the next one.
    ///   - makeSource: builds the step source for a seed (runs the library).
    public init(seed: UInt64, speed: Double, paused: Bool, capabilities: DisplayCapabilities,
                makeSource: @escaping (UInt64) -> Source) {
        self.seed = seed
        self.capabilities = capabilities
        self.makeSource = makeSource
        timeline = Timeline(source: makeSource(seed))
        player = Player(speed: speed, playing: !paused)
        model = Panel.Model(setup: timeline.source.setup)
        runDemoAhead()
        model = timeline.model(at: player.position)
    }

    public var wantsTicks: Bool { player.wantsTicks }

    /// The smallest screen: the panel's minimum plus the header and status rows.
    public static var minimumSize: (width: Int, height: Int) {
        (Panel.minimumSize.width, Panel.minimumSize.height + 2)
    }

    // MARK: update

    public mutating func update(_ message: AppMessage) -> AppCommand {
        switch message {
        case .tick(let milliseconds):
            send(.tick(milliseconds))
        case .resize:
            break  // `view` is given the size; the position is kept.
        case .key(let key):
            switch mode {
            case .help: return helpKey(key)
            case .prompt(let text): promptKey(key, text: text)
            case .playing: return playerKey(key)
            }
        }
        return .none
    }

    private mutating func playerKey(_ key: Key) -> AppCommand {
        status = nil
        switch key {
        case .character("q"), .interrupt: return .quit
        case .character(" "): send(.togglePlay)
        case .right, .character("l"): send(.stepForward)
        case .left, .character("h"): send(.stepBack)
        case .character("+"), .character("="): send(.faster)
        case .character("-"), .character("_"): send(.slower)
        case .character("g"): send(.first)
        case .character("G"): send(.last)
        case .character(":"): mode = .prompt("")
        case .character("?"): mode = .help
        case .character("r"): restart(seed: seed &+ 1)
        case .tab, .character("1"), .character("2"), .character("3"), .character("4"), .character("5"):
            status = ("watch shows one panel; run `stepviz` for the dashboard", false)
        default: break
        }
        return .none
    }

    private mutating func helpKey(_ key: Key) -> AppCommand {
        switch key {
        case .character("q"), .interrupt: return .quit
        case .escape, .character("?"): mode = .playing
        default: break
        }
        return .none
    }

    private mutating func promptKey(_ key: Key, text: String) {
        switch key {
        case .escape, .interrupt: mode = .playing
        case .backspace: mode = .prompt(String(text.dropLast()))
        case .character(let character): mode = .prompt(text + String(character))
        case .enter:
            mode = .playing
            let operationsBefore = timeline.source.operationLabels.count
            do {
                try timeline.run(line: text)
            } catch {
                status = (error.message, true)
                return
            }
            // Animate the new operation from its first step.
            if let start = timeline.firstPosition(ofOperation: operationsBefore) {
                send(.seek(start))
                send(.togglePlay)
            }
        default: break
        }
    }

    private mutating func restart(seed: UInt64) {
        self.seed = seed
        timeline = Timeline(source: makeSource(seed))
        player = Player(speed: player.speed, playing: player.isPlaying)
        status = ("restarted with seed \(seed)", false)
        runDemoAhead()
        model = timeline.model(at: player.position)
    }

    private mutating func send(_ message: PlayerMessage) {
        let before = player.position
        // A tick can cover several steps (a fast speed, a slow frame): the
        // demo runs far enough ahead that the player never reaches its end.
        var ahead = 1
        if case .tick(let milliseconds) = message { ahead += milliseconds / player.stepPeriod + 1 }
        runDemoAhead(by: ahead)
        player.update(message, stepCount: timeline.count)
        runDemoAhead()
        if player.position != before { model = timeline.model(at: player.position) }
    }

    /// Keeps an endless demo more than `steps` steps ahead of the player, so
    /// it never reaches the end.
    private mutating func runDemoAhead(by steps: Int = 1) {
        while timeline.count <= player.position + steps, timeline.runNextDemoOperation() {}
    }

    // MARK: view

    public func view(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let glyphs = Glyphs.forDisplay(capabilities)
        let needed = Self.minimumSize
        guard width >= needed.width, height >= needed.height else {
            WatchChrome.renderTooSmall(needed: needed, on: &canvas, glyphs: glyphs)
            return canvas
        }
        let (header, rest) = canvas.bounds.splitTop(1)
        let (body, statusRow) = rest.splitBottom(1)
        WatchChrome.renderHeader(panel: Panel.name, app: self, in: header, on: &canvas, glyphs: glyphs)
        Panel.render(model, animation: player.animationProgress, in: body, on: &canvas, glyphs: glyphs)
        WatchChrome.renderStatus(mode: mode, status: status, in: statusRow, on: &canvas, glyphs: glyphs)
        if mode == .help { WatchChrome.renderHelp(in: body, on: &canvas, glyphs: glyphs) }
        return capabilities.color ? canvas : canvas.withoutColor
    }

    /// The operation the model is in (index into the source's operations).
    public var currentOperation: Int? {
        guard player.position > 0 else { return nil }
        return timeline.steps[player.position - 1].op
    }
}
