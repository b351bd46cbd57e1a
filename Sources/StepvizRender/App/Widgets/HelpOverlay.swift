/// The `?` overlay: every key binding, centred over the panels.
///
///     HelpOverlay().render(in: body, on: &canvas, glyphs: .unicode)
struct HelpOverlay {
    /// Panels the dashboard's focus keys reach (the standard catalog's on a screen of one).
    var panelCount = PanelCatalog.standard.entries.count

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let bindings = KeyBinding.bindings(panelCount: panelCount).map { binding in
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
            canvas.write(
                binding.action, x: inner.x + 1 + keyWidth + 2, y: inner.y + row, width: inner.width - keyWidth - 3,
                glyphs: glyphs)
        }
        canvas.write("Esc or ? closes", x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1, style: Theme.dim, glyphs: glyphs)
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
