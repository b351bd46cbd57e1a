/// What a screen shows instead of its panels when the terminal is smaller
/// than they need (btop's way): the size needed and the size now.
///
///     TooSmallNotice(needed: (80, 24)).render(on: &canvas, glyphs: .unicode)
struct TooSmallNotice {
    let needed: (width: Int, height: Int)

    func render(on canvas: inout Canvas, glyphs: Glyphs) {
        let times = glyphs == .unicode ? "×" : "x"
        let lines = [
            "terminal too small: need \(needed.width)\(times)\(needed.height)",
            "now \(canvas.width)\(times)\(canvas.height); enlarge it, or q to quit",
        ]
        for (row, line) in lines.enumerated() {
            let y = canvas.height / 2 - 1 + row
            canvas.write(line, x: Swift.max(0, (canvas.width - line.count) / 2), y: y, style: Style(bold: row == 0))
        }
    }
}
