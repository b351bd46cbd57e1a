/// The dashboard's one-line strip when only the focused panel fits: every
/// panel by number with its live summary, the focused one reversed.
///
///     PanelStrip(panels: panels, focus: 0).render(in: row, on: &canvas, glyphs: .unicode)
struct PanelStrip {
    let panels: [any PanelPlaying]
    let focus: Int

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
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
