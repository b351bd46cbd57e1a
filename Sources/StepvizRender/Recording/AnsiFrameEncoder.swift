/// Turns a sequence of frames into the bytes a terminal needs to show them:
/// a full paint for the first frame (and whenever asked), then only the
/// runs of changed cells ``CanvasDiff`` finds (the curses screen's diff),
/// with cursor moves and SGR attributes.
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
        var pen: Style? = nil
        let painting = fullRepaint || previous?.width != frame.width || previous?.height != frame.height
        if painting {
            output += "\u{1B}[0m\u{1B}[?25l\u{1B}[H\u{1B}[2J"
            pen = .plain
        }
        var cursor: (x: Int, y: Int)? = nil
        CanvasDiff.forEachRun(from: painting ? nil : previous, to: frame) { y, columns, style in
            for x in columns {
                let character = frame[x, y].character
                // Over the cleared screen a blank needs no drawing while the pen is plain.
                if painting, style == .plain, character == " ", pen == .plain { continue }
                if cursor.map({ $0 != (x, y) }) ?? true { output += "\u{1B}[\(y + 1);\(x + 1)H" }
                if pen != style {
                    output += Self.sgr(style)
                    pen = style
                }
                output.append(character)
                cursor = (x + 1, y)
            }
        }
        if pen != .plain, !output.isEmpty { output += "\u{1B}[0m" }
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
