/// `1 heap  heap [3 5 9]` above a dashboard panel, reversed when it has
/// the focus.
struct PanelTitleBar {
    let number: Int
    let playback: any PanelPlaying
    let isFocused: Bool

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let style = isFocused ? Theme.title : Theme.label
        canvas.fill(area, with: Cell(" ", style: isFocused ? Theme.title : .plain))
        let name = " \(number) \(playback.name) "
        canvas.write(name, x: area.x, y: area.y, style: style)
        canvas.write(
            playback.summary(glyphs: glyphs), x: area.x + name.count + 1, y: area.y,
            width: area.width - name.count - 1, style: isFocused ? Theme.title : Theme.dim, glyphs: glyphs)
    }
}
