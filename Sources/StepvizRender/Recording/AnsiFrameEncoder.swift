/// Turns a sequence of frames into the bytes a terminal needs to show them:
/// a full paint for the first frame (and whenever asked), then only the
/// cells that changed, with cursor moves and SGR attributes.
///
///     var encoder = AnsiFrameEncoder()
///     let first = encoder.encode(frame1)     // clears and paints everything
///     let next = encoder.encode(frame2)      // only the differences
///
/// - Complexity: O(width × height) per frame.
public struct AnsiFrameEncoder {
    private var previous: Canvas?

    public init() {}

    /// The output that turns the screen showing the previous frame into
    /// `frame`; empty when nothing changed.
    public mutating func encode(_ frame: Canvas, fullRepaint: Bool = false) -> String {
        var output = ""
        var current: Style? = nil
        let old = (fullRepaint || previous?.width != frame.width || previous?.height != frame.height) ? nil : previous
        if old == nil { output += "\u{1B}[0m\u{1B}[?25l\u{1B}[H\u{1B}[2J" ; current = .plain }
        for y in 0..<frame.height {
            var cursorX: Int? = nil
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if let old, old[x, y] == cell { continue }
                if old == nil, cell == .blank, current == .plain { continue }
                if cursorX != x { output += "\u{1B}[\(y + 1);\(x + 1)H" }
                if current != cell.style {
                    output += Self.sgr(cell.style)
                    current = cell.style
                }
                output.append(cell.character)
                cursorX = x + 1
            }
        }
        if current != .plain, !output.isEmpty { output += "\u{1B}[0m" }
        previous = frame
        return output
    }

    /// What restores the terminal's cursor and attributes at the end.
    public static let finish = "\u{1B}[0m\u{1B}[?25h"

    /// The SGR sequence selecting exactly `style` (resetting first).
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let foreground = style.foreground { codes.append(String(30 + Int(foreground.rawValue))) }
        if let background = style.background { codes.append(String(40 + Int(background.rawValue))) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
