import StepvizEvents

/// The dashboard (`stepviz`): every panel of the catalog on its own seeded
/// demo, on one clock. Space plays and pauses them all and +/- sets one
/// speed for all; stepping, the prompt and `r` act on the focused panel;
/// tab, shift-tab and 1-5 move the focus, and each panel keeps its own
/// position. `s` puts the focused panel in "you schedule", where the
/// digits pick its threads instead of moving the focus. The dashboard adds only layout and focus: every panel draws
/// itself with its own view (bubbletea's parent model routing keys to the
/// focused child and time to all).
///
///     var dashboard = DashboardScreen(panels: playbacks, capabilities: .full)
///     _ = dashboard.update(.key(.tab))     // focus the second panel
///     let frame = dashboard.view(width: 200, height: 60)
public struct DashboardScreen: TerminalApp {
    public private(set) var panels: [any PanelPlaying]
    public private(set) var focus = 0
    public private(set) var mode = ScreenMode.playing
    public private(set) var status: ScreenStatus?
    public let capabilities: DisplayCapabilities

    public init(panels: [any PanelPlaying], capabilities: DisplayCapabilities) {
        precondition(!panels.isEmpty, "a dashboard shows at least one panel")
        self.panels = panels
        self.capabilities = capabilities
    }

    public var playbacks: [any PanelPlaying] { panels }
    public var wantsTicks: Bool { panels.contains { $0.wantsTicks } }
    public var focused: any PanelPlaying { panels[focus] }

    /// The largest panel minimum: what the focused panel needs.
    var panelMinimum: PanelSize {
        PanelSize(width: panels.map(\.minimumSize.width).max() ?? 0, height: panels.map(\.minimumSize.height).max() ?? 0)
    }

    /// The smallest screen: one panel, the strip, the header and status rows.
    public var minimumSize: (width: Int, height: Int) {
        let size = Self.minimumScreen(panelMinimum: panelMinimum)
        return (size.width, size.height)
    }

    /// The smallest dashboard screen for panels needing `panelMinimum`.
    public static func minimumScreen(panelMinimum: PanelSize) -> PanelSize {
        PanelSize(width: panelMinimum.width, height: panelMinimum.height + 1 + ScreenChrome.rows)
    }

    // MARK: update

    public mutating func update(_ message: AppMessage) -> AppCommand {
        switch message {
        case .tick(let milliseconds):
            for index in panels.indices { panels[index].send(.tick(milliseconds)) }
        case .resize:
            break  // `view` is given the size; every position is kept.
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
        // `s`, and the digits while the focused panel is in "you schedule"
        // (outside it they keep moving the focus).
        if let hand = ScreenChrome.handScheduleKey(key, on: &panels[focus]) {
            status = hand.text.isEmpty ? nil : hand
            return .none
        }
        switch key {
        case .character("q"), .interrupt: return .quit
        case .character(" "):
            // One clock: every panel takes the focused panel's new state.
            let playing = !focused.player.isPlaying
            for index in panels.indices { panels[index].send(.setPlaying(playing)) }
        case .character("+"), .character("="), .character("-"), .character("_"):
            let message = ScreenChrome.playerMessage(for: key)!
            for index in panels.indices { panels[index].send(message) }
        case .tab: focus = (focus + 1) % panels.count
        case .backTab: focus = (focus + panels.count - 1) % panels.count
        case .character(let digit) where digit.wholeNumberValue.map({ (1...panels.count).contains($0) }) == true:
            focus = digit.wholeNumberValue! - 1
        case .character(":"): mode = .prompt("")
        case .character("?"): mode = .help
        case .character("r"):
            panels[focus].restart(seed: focused.seed &+ 1)
            status = ScreenStatus("\(focused.name) restarted with seed \(focused.seed)")
        default:
            if let message = ScreenChrome.playerMessage(for: key) {
                panels[focus].send(message)
                status = ScreenChrome.historyNotice(focused, after: message)
            }
        }
        return .none
    }

    private mutating func runPrompt(_ line: String) {
        if let answer = ScreenChrome.handSchedulePrompt(line, on: &panels[focus]) {
            status = answer.text.isEmpty ? nil : answer
            return
        }
        do {
            try panels[focus].run(line: line)
        } catch {
            status = ScreenStatus("\(focused.name): \(error.message)", isError: true)
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
        ScreenChrome.renderHeader(title: "\(focus + 1)/\(panels.count) \(focused.name)", playback: focused,
                                  in: header, on: &canvas, glyphs: glyphs)
        let layout = DashboardLayout(body: body, focus: focus, minimum: panelMinimum, count: panels.count)
        for (index, area) in layout.panels.enumerated() {
            guard let area else { continue }
            if layout.kind == .all {
                let (title, panelArea) = area.splitTop(DashboardLayout.titleRows)
                renderTitle(index, in: title, on: &canvas, glyphs: glyphs)
                ScreenChrome.render(panels[index], in: panelArea, on: &canvas, glyphs: glyphs)
            } else {
                ScreenChrome.render(panels[index], in: area, on: &canvas, glyphs: glyphs)
            }
        }
        if let strip = layout.strip { renderStrip(in: strip, on: &canvas, glyphs: glyphs) }
        ScreenChrome.renderStatus(mode: mode, status: status ?? ScreenChrome.handScheduleStatus(of: focused),
                                  in: statusRow, on: &canvas, glyphs: glyphs,
                                  extraHints: [("tab/1-5", "focus")])
        if mode == .help { ScreenChrome.renderHelp(in: body, on: &canvas, glyphs: glyphs) }
        return capabilities.color ? canvas : canvas.withoutColor
    }

    /// `1 heap  heap [3 5 9]` above a panel, reversed when it has the focus.
    private func renderTitle(_ index: Int, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let isFocused = index == focus
        let style = isFocused ? Theme.title : Theme.label
        canvas.fill(area, with: Cell(" ", style: isFocused ? Theme.title : .plain))
        let name = " \(index + 1) \(panels[index].name) "
        canvas.write(name, x: area.x, y: area.y, style: style)
        canvas.write(panels[index].summary(glyphs: glyphs), x: area.x + name.count + 1, y: area.y,
                     width: area.width - name.count - 1, style: isFocused ? Theme.title : Theme.dim, glyphs: glyphs)
    }

    /// Every panel by number with its live summary; the focused one reversed.
    private func renderStrip(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let share = area.width / panels.count
        for index in panels.indices {
            let x = area.x + index * share
            let text = "\(index + 1) \(panels[index].summary(glyphs: glyphs))"
            let style = index == focus ? Theme.title : Theme.dim
            if index == focus { canvas.fill(Rect(x: x, y: area.y, width: share - 1, height: 1), with: Cell(" ", style: style)) }
            canvas.write(text, x: x, y: area.y, width: share - 1, style: style, glyphs: glyphs)
            if index < panels.count - 1 { canvas.put(glyphs.vertical, x: x + share - 1, y: area.y, style: Theme.border) }
        }
    }
}
