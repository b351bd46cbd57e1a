/// The parts of a screen around its panels: header, status line, help
/// overlay, the "too small" notice, and the keys every screen shares.
enum ScreenChrome {
    /// Rows the chrome takes: the header and the status line.
    static let rows = 2

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
    static func historyNotice(_ playback: any PanelPlaying, after message: PlayerMessage) -> ScreenStatus? {
        guard message == .stepBack || message == .first, playback.firstKeptPosition > 0,
              playback.player.position == playback.firstKeptPosition else { return nil }
        return ScreenStatus("\(playback.name): the oldest step kept (history holds \(playback.historyLimit ?? 0) steps)")
    }

    /// The mode after `key` in the help overlay (Esc or ? closes it).
    static func helpMode(after key: Key) -> ScreenMode {
        key == .escape || key == .character("?") ? .playing : .help
    }

    /// Edits the prompt's `text` with `key`; returns the line when Enter
    /// submits it (the mode is then back to playing).
    static func edit(_ mode: inout ScreenMode, text: String, with key: Key) -> String? {
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

    static func renderHeader(
        title: String, playback: any PanelPlaying, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs
    ) {
        canvas.fill(area, with: Cell(" ", style: Theme.title))
        let total = playback.isOpenEnded ? "" : "/\(playback.operationCount)"
        var operation = "no operation"
        if let challenge = playback.handSchedule?.challenge {
            // "You schedule" with a challenge: the goal is what matters now.
            operation = "goal: \(challenge.goal)"
        } else if let op = playback.currentOperation {
            operation = "op \(op + 1)\(total): \(playback.operationLabel(op))"
        } else if let next = playback.nextOperation {
            // Before the first step (kept): say what stepping forward will run.
            operation = "next: op \(next + 1)\(total): \(playback.operationLabel(next))"
        }
        let player = playback.player
        let state = player.isPlaying ? "\(glyphs.playing) playing" : "\(glyphs.paused) paused"
        // "You schedule" picks every step: its goal needs the room more than the speed and seed.
        let right = playback.handSchedule != nil ? "step \(player.position)/\(playback.stepCount) "
            : "\(state) \(Self.format(player.speed)) steps/s  step \(player.position)/\(playback.stepCount)  seed \(playback.seed) "
        let left = " stepviz \(glyphs.vertical) \(title) \(glyphs.vertical) "
        canvas.write(left, x: area.x, y: area.y, style: Theme.title)
        let room = area.width - left.count - right.count - 1
        if room > 3 {
            canvas.write(operation, x: area.x + left.count, y: area.y, width: room, style: Theme.title, glyphs: glyphs)
        }
        canvas.write(right.suffix(area.width), x: Swift.max(area.x, area.maxX - right.count), y: area.y, style: Theme.title)
    }

    static func renderStatus(
        mode: ScreenMode, status: ScreenStatus?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs,
        extraHints: [(keys: String, action: String)] = []
    ) {
        switch mode {
        case .prompt(let text):
            canvas.write(":", x: area.x, y: area.y, style: Theme.keyHint)
            let shown = String(text.suffix(Swift.max(0, area.width - 3)))
            canvas.write(shown, x: area.x + 1, y: area.y)
            canvas.put("_", x: area.x + 1 + shown.count, y: area.y, style: Style(reverse: true))
        case .playing, .help:
            if let status {
                canvas.write(status.text, x: area.x, y: area.y, width: area.width,
                             style: status.isError ? Theme.error : Theme.label, glyphs: glyphs)
            } else {
                var x = area.x
                let hints = [("space", "play"), ("\(glyphs.arrow == "→" ? "←/→" : "h/l")", "step"), ("+/-", "speed")]
                    + extraHints.map { ($0.keys, $0.action) } + [(":", "op"), ("?", "help"), ("q", "quit")]
                for (keys, action) in hints {
                    guard x + keys.count + action.count + 3 <= area.maxX else { break }
                    canvas.write(keys, x: x, y: area.y, style: Theme.keyHint)
                    canvas.write(action, x: x + keys.count + 1, y: area.y, style: Theme.dim)
                    x += keys.count + action.count + 3
                }
            }
        }
    }

    static func renderHelp(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let bindings = KeyBinding.all.map { binding in
            (keys: glyphs.arrow == "→" ? binding.keys : binding.keys.replacingArrows, action: binding.action)
        }
        let keyWidth = bindings.map(\.keys.count).max() ?? 0
        let lineWidth = keyWidth + 2 + (bindings.map(\.action.count).max() ?? 0)
        let width = Swift.min(area.width, lineWidth + 4)
        let height = Swift.min(area.height, bindings.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        let inner = canvas.box(box, title: "keys", glyphs: glyphs, style: Theme.label)
        for (row, binding) in bindings.prefix(inner.height - 1).enumerated() {
            canvas.write(binding.keys, x: inner.x + 1, y: inner.y + row, style: Theme.keyHint)
            canvas.write(binding.action, x: inner.x + 1 + keyWidth + 2, y: inner.y + row, width: inner.width - keyWidth - 3,
                         glyphs: glyphs)
        }
        canvas.write("Esc or ? closes", x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1, style: Theme.dim, glyphs: glyphs)
    }

    static func renderTooSmall(needed: (width: Int, height: Int), on canvas: inout Canvas, glyphs: Glyphs) {
        let times = glyphs == .unicode ? "×" : "x"
        let lines = ["terminal too small: need \(needed.width)\(times)\(needed.height)",
                     "now \(canvas.width)\(times)\(canvas.height); enlarge it, or q to quit"]
        for (row, line) in lines.enumerated() {
            let y = canvas.height / 2 - 1 + row
            canvas.write(line, x: Swift.max(0, (canvas.width - line.count) / 2), y: y, style: Style(bold: row == 0))
        }
    }

    static func format(_ speed: Double) -> String {
        let tenths = Int((speed * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    /// `→`/`←` spelled in ASCII for terminals without UTF-8.
    var replacingArrows: String {
        var text = self
        text = text.replacingOccurrences(of: "→", with: "Right")
        text = text.replacingOccurrences(of: "←", with: "Left")
        return text
    }

    private func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
