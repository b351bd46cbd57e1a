/// The screen's bottom row: the `:` prompt being typed, a message (an
/// error in its own colour), or the key hints that fit.
///
///     StatusBar(mode: .playing, status: nil, extraHints: [("s", "schedule")]).render(in: row, on: &canvas, glyphs: .unicode)
struct StatusBar {
    let mode: ScreenMode
    let status: ScreenStatus?
    /// Hints of this screen's own keys, between the player's and the rest.
    let extraHints: [(keys: String, action: String)]

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        switch mode {
        case .prompt(let text):
            canvas.write(":", x: area.x, y: area.y, style: Theme.keyHint)
            let shown = String(text.suffix(Swift.max(0, area.width - 3)))
            canvas.write(shown, x: area.x + 1, y: area.y)
            canvas.put("_", x: area.x + 1 + shown.count, y: area.y, style: Style(reverse: true))
        case .playing, .help:
            if let status {
                canvas.write(
                    status.text, x: area.x, y: area.y, width: area.width,
                    style: status.isError ? Theme.error : Theme.label, glyphs: glyphs)
            } else {
                var x = area.x
                let hints =
                    [("space", "play"), ("\(glyphs.arrow == "→" ? "←/→" : "h/l")", "step"), ("+/-", "speed")]
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
