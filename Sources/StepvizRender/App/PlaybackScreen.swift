import StepvizEvents

/// The one screen stepviz has: one panel's playback (`watch`, `replay`,
/// `record <panel>`) or all of them on one clock (the dashboard), with the
/// header, the status row, the `:` prompt and the help overlay around
/// them. Keys go to the focused panel, time and the clock's keys (space,
/// +/-) to all (bubbletea's parent model routing to its children).
/// Everything it shows is a function of this value (`view`), everything
/// that changes it is a message (`update`), and the library work a panel
/// needs is a command `update` returns, so a live terminal, a recording and
/// a test drive exactly the same code.
///
///     var screen = PlaybackScreen(playback: try PanelCatalog.standard.prepare(panel: "heap", options: .init()).playback(),
///                                 capabilities: .full)
///     _ = screen.updateInline(.key(.right))
///     let frame = screen.view(width: 80, height: 24)
public struct PlaybackScreen: TerminalApp {
    /// How the panels are laid out.
    public enum Arrangement: Hashable, Sendable {
        /// One panel fills the screen.
        case single
        /// Every panel at once when they fit (the focused one largest),
        /// else the focused one and a strip naming the others.
        case dashboard
    }

    public private(set) var panels: [any PanelPlaying]
    public let arrangement: Arrangement
    public private(set) var focus = 0
    public private(set) var mode = ScreenMode.playing
    /// A one-line message in the status row (a prompt error, a notice).
    public private(set) var status: ScreenStatus?
    public let capabilities: DisplayCapabilities
    /// The panel whose typed line is running: its error reads as the
    /// prompt's (named, on the dashboard).
    private var promptPanel: Int?
    /// A step back waiting for its work: the history notice comes after it.
    private var noticeAfter: (panel: Int, message: PlayerMessage)?

    /// The screen of one panel.
    public init(playback: any PanelPlaying, capabilities: DisplayCapabilities) {
        panels = [playback]
        arrangement = .single
        self.capabilities = capabilities
    }

    /// The dashboard of `panels`, in order, focus on the first.
    public init(dashboard panels: [any PanelPlaying], capabilities: DisplayCapabilities) {
        precondition(!panels.isEmpty, "a dashboard shows at least one panel")
        self.panels = panels
        arrangement = .dashboard
        self.capabilities = capabilities
    }

    /// The focused panel (the only one on a screen of one).
    public var playback: any PanelPlaying { panels[focus] }

    public var wantsTicks: Bool { panels.contains { $0.wantsTicks || $0.isWorking } }
    public var playbacks: [any PanelPlaying] { panels }

    /// The largest panel minimum: what the focused panel needs.
    var panelMinimum: PanelSize {
        PanelSize(width: panels.map(\.minimumSize.width).max() ?? 0, height: panels.map(\.minimumSize.height).max() ?? 0)
    }

    /// The smallest screen: the panel, the header and status rows, and on
    /// the dashboard the strip.
    public var minimumSize: (width: Int, height: Int) {
        let size =
            arrangement == .dashboard
            ? Self.minimumDashboard(panelMinimum: panelMinimum)
            : PanelSize(width: panelMinimum.width, height: panelMinimum.height + Self.chromeRows)
        return (size.width, size.height)
    }

    /// Rows the chrome takes: the header and the status line.
    public static let chromeRows = 2

    /// The smallest dashboard for panels needing `panelMinimum`: one panel,
    /// the strip, the header and status rows.
    public static func minimumDashboard(panelMinimum: PanelSize) -> PanelSize {
        PanelSize(width: panelMinimum.width, height: panelMinimum.height + 1 + chromeRows)
    }

    // MARK: update

    public mutating func update(_ message: AppMessage) -> AppCommand {
        switch message {
        case .tick(let milliseconds):
            return toAll(.player(.tick(milliseconds)))
        case .resize:
            return .none  // `view` is given the size; every position is kept.
        case .finished(let work):
            return answer(panels[work.panel].finish(work), from: work.panel)
        case .key(let key):
            switch mode {
            case .help:
                mode = key == .escape || key == .character("?") ? .playing : .help
                if key == .character("q") || key == .interrupt { return .quit }
            case .prompt(let text):
                if let line = edit(text: text, with: key) { return runPrompt(line) }
            case .playing:
                return playingKey(key)
            }
        }
        return .none
    }

    private mutating func playingKey(_ key: Key) -> AppCommand {
        status = nil
        if let command = handScheduleKey(key) { return command }
        switch key {
        case .character("q"), .interrupt: return .quit
        case .character(" "):
            // One clock: every panel takes the focused panel's new state.
            return toAll(.player(.setPlaying(!playback.player.isPlaying)))
        case .character("+"), .character("="), .character("-"), .character("_"):
            return toAll(.player(Self.playerMessage(for: key)!))
        case .tab, .backTab, .character("1"), .character("2"), .character("3"), .character("4"), .character("5"),
            .character("6"), .character("7"), .character("8"), .character("9"):
            moveFocus(key)
        case .character(":"): mode = .prompt("")
        case .character("?"): mode = .help
        case .character("r"):
            let seed = playback.seed &+ 1
            status = ScreenStatus(
                arrangement == .dashboard
                    ? "\(playback.name) restarted with seed \(seed)"
                    : "restarted with seed \(seed)")
            return toFocused(.restart(seed: seed))
        default:
            if let message = Self.playerMessage(for: key) {
                noticeAfter = (focus, message)
                return toFocused(.player(message))
            }
        }
        return .none
    }

    private mutating func moveFocus(_ key: Key) {
        guard arrangement == .dashboard else {
            if key != .backTab { status = ScreenStatus("watch shows one panel; run `stepviz` for the dashboard") }
            return
        }
        switch key {
        case .tab: focus = (focus + 1) % panels.count
        case .backTab: focus = (focus + panels.count - 1) % panels.count
        case .character(let digit):
            if let number = digit.wholeNumberValue, (1...panels.count).contains(number) { focus = number - 1 }
        default: break
        }
    }

    /// `s` toggles "you schedule" on the focused panel; while it is on, a
    /// digit picks a thread (1-9, and 0 for thread 10). Nil when the key is
    /// not the mode's (outside it the digits move the focus).
    private mutating func handScheduleKey(_ key: Key) -> AppCommand? {
        switch key {
        case .character("s"):
            guard playback.canSchedule else {
                // A replayed stream of a threaded panel is a record, not a run.
                status = ScreenStatus(
                    playback.runsThreads
                        ? "a replayed stream plays as recorded: s schedules live runs (stepviz watch \(playback.name))"
                        : "\(playback.name) has no threads to schedule (s works in locks and scheduler)")
                return AppCommand.none
            }
            let on = playback.handSchedule == nil
            if !on { status = ScreenStatus("you schedule is off: the seed decides from here") }
            return toFocused(.handSchedule(on))
        case .character(let digit) where playback.handSchedule != nil && digit.isASCII && digit.isNumber:
            return toFocused(.pick(digit == "0" ? 10 : Int(String(digit))!))
        default:
            return nil
        }
    }

    /// Edits the prompt's `text` with `key`; returns the line when Enter
    /// submits it (the mode is then back to playing).
    private mutating func edit(text: String, with key: Key) -> String? {
        switch key {
        case .escape, .interrupt: mode = .playing
        case .backspace: mode = .prompt(String(text.dropLast()))
        case .character(let character): mode = .prompt(text + String(character))
        case .enter:
            mode = .playing
            return text
        default: break
        }
        return nil
    }

    /// A line typed at the prompt: the "you schedule" words (`schedule`
    /// prints the line that replays the picks, `pick N` picks any thread),
    /// or operations for the focused panel's library.
    private mutating func runPrompt(_ line: String) -> AppCommand {
        let words = line.split(whereSeparator: \.isWhitespace)
        switch words.first {
        case "schedule" where words.count == 1:
            guard let hand = playback.handSchedule else {
                status = ScreenStatus(
                    playback.canSchedule
                        ? "press s to schedule by hand first"
                        : "\(playback.name) has no threads to schedule", isError: true)
                return .none
            }
            status = ScreenStatus(hand.command(panel: playback.name))
            return .none
        case "pick":
            guard words.count == 2, let id = Int(words[1]) else {
                status = ScreenStatus("'\(line)' needs a thread number (usage: pick N)", isError: true)
                return .none
            }
            guard playback.handSchedule == nil else { return toFocused(.pick(id)) }
            let reply = panels[focus].handle(.handSchedule(true))
            // A panel without threads says so once, not twice.
            if reply.error != nil { return answer(reply, from: focus) }
            return answer(reply, from: focus).followed(by: toFocused(.pick(id)))
        default:
            promptPanel = focus
            return toFocused(.line(line))
        }
    }

    private mutating func toFocused(_ action: PlaybackAction) -> AppCommand {
        answer(panels[focus].handle(action), from: focus)
    }

    private mutating func toAll(_ action: PlaybackAction) -> AppCommand {
        var command = AppCommand.none
        for index in panels.indices {
            command = command.followed(by: answer(panels[index].handle(action), from: index))
        }
        return command
    }

    /// What a panel's reply means for the screen: its error in the status
    /// row, its work as the command.
    private mutating func answer(_ reply: PlaybackReply, from index: Int) -> AppCommand {
        if let error = reply.error {
            let named = arrangement == .dashboard && promptPanel == index
            status = ScreenStatus(named ? "\(panels[index].name): \(error.message)" : error.message, isError: true)
        }
        guard var work = reply.work else {
            if promptPanel == index { promptPanel = nil }
            if let notice = noticeAfter, notice.panel == index {
                noticeAfter = nil
                status = historyNotice(panels[index], after: notice.message) ?? status
            }
            return .none
        }
        work.panel = index
        return .run([work])
    }

    /// The player message a key means on every screen, if it means one.
    static func playerMessage(for key: Key) -> PlayerMessage? {
        switch key {
        case .character(" "): .togglePlay
        case .right, .character("l"): .stepForward
        case .left, .character("h"): .stepBack
        case .character("+"), .character("="): .faster
        case .character("-"), .character("_"): .slower
        case .character("g"): .first
        case .character("G"): .last
        default: nil
        }
    }

    /// What the status row says when stepping back reached the oldest step
    /// a bounded history kept, nil elsewhere.
    private func historyNotice(_ playback: any PanelPlaying, after message: PlayerMessage) -> ScreenStatus? {
        guard message == .stepBack || message == .first, playback.firstKeptPosition > 0,
            playback.player.position == playback.firstKeptPosition
        else { return nil }
        return ScreenStatus("\(playback.name): the oldest step kept (history holds \(playback.historyLimit ?? 0) steps)")
    }

    // MARK: view

    public func view(width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let glyphs = Glyphs.forDisplay(capabilities)
        let needed = minimumSize
        guard width >= needed.width, height >= needed.height else {
            TooSmallNotice(needed: needed).render(on: &canvas, glyphs: glyphs)
            return canvas
        }
        let (header, rest) = canvas.bounds.splitTop(1)
        let (body, statusRow) = rest.splitBottom(1)
        switch arrangement {
        case .single:
            HeaderBar(title: playback.name, playback: playback).render(in: header, on: &canvas, glyphs: glyphs)
            PanelWithHandSchedule(playback: playback).render(in: body, on: &canvas, glyphs: glyphs)
        case .dashboard:
            HeaderBar(title: "\(focus + 1)/\(panels.count) \(playback.name)", playback: playback)
                .render(in: header, on: &canvas, glyphs: glyphs)
            renderDashboard(in: body, on: &canvas, glyphs: glyphs)
        }
        let hints =
            arrangement == .dashboard
            ? [(keys: "tab/1-\(panels.count)", action: "focus")]
            : playback.runsThreads ? [(keys: "s", action: "schedule")] : []
        StatusBar(mode: mode, status: status ?? PanelWithHandSchedule.status(of: playback), extraHints: hints)
            .render(in: statusRow, on: &canvas, glyphs: glyphs)
        if mode == .help {
            HelpOverlay(panelCount: arrangement == .dashboard ? panels.count : PanelCatalog.standard.entries.count).render(
                in: body, on: &canvas, glyphs: glyphs)
        }
        return capabilities.color ? canvas : canvas.withoutColor
    }

    private func renderDashboard(in body: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let layout = DashboardLayout(body: body, focus: focus, minimum: panelMinimum, count: panels.count)
        for (index, area) in layout.panels.enumerated() {
            guard let area else { continue }
            if layout.kind == .all {
                let (title, panelArea) = area.splitTop(DashboardLayout.titleRows)
                PanelTitleBar(number: index + 1, playback: panels[index], isFocused: index == focus)
                    .render(in: title, on: &canvas, glyphs: glyphs)
                PanelWithHandSchedule(playback: panels[index]).render(in: panelArea, on: &canvas, glyphs: glyphs)
            } else {
                PanelWithHandSchedule(playback: panels[index]).render(in: area, on: &canvas, glyphs: glyphs)
            }
        }
        if let strip = layout.strip { PanelStrip(panels: panels, focus: focus).render(in: strip, on: &canvas, glyphs: glyphs) }
    }
}
