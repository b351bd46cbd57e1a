import StepvizRender
import Testing

/// ratatui's sentinel test: fill the canvas with a character no panel
/// draws, render the panel into a rectangle inset from every edge, and
/// require every cell outside the rectangle to be untouched, and the
/// rectangle to have been drawn into (not left blank or full of sentinels).
package enum SentinelCheck {
    package static let sentinel = Cell("¤", style: Style(foreground: .red, underline: true))

    /// Renders `View` for `model` at `width`×`height`, inside a canvas with a
    /// margin of `margin` sentinel cells on every side, and checks it.
    package static func check<View: PanelView>(
        _ view: View.Type, _ model: View.Model, animation: Double? = nil, width: Int, height: Int,
        margin: Int = 2, glyphs: Glyphs = .unicode, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var canvas = Canvas(width: width + 2 * margin, height: height + 2 * margin, fill: sentinel)
        let area = Rect(x: margin, y: margin, width: width, height: height)
        View.render(model, animation: animation, in: area, on: &canvas, glyphs: glyphs)
        var outside = 0
        var inside = 0
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let cell = canvas[x, y]
                if area.contains(x: x, y: y) {
                    if cell != sentinel && cell.character != " " { inside += 1 }
                } else if cell != sentinel {
                    outside += 1
                }
            }
        }
        #expect(
            outside == 0, "\(View.name) at \(width)x\(height) wrote \(outside) cells outside its rectangle",
            sourceLocation: sourceLocation)
        #expect(inside > 0, "\(View.name) at \(width)x\(height) drew nothing", sourceLocation: sourceLocation)
    }
}
