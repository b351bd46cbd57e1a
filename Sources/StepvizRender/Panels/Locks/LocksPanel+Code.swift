extension LocksPanel {
    /// The code the threads run with the line of the last step marked,
    /// scrolled so that line shows.
    static func renderCode(_ model: LocksPanelModel, listing: [String], in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.codeListing(listing, current: model.codeLine, title: "code", in: area, glyphs: glyphs)
    }

    /// The newest steps in words, newest last.
    static func renderLog(_ model: LocksPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "log", glyphs: glyphs)
        canvas.stepLog(model.recentEvents, in: inner, glyphs: glyphs) { entry, _ in
            switch entry.event {
            case .lock(.deadlock), .lock(.violation): Theme.lockAlarm
            case .begin: Theme.label
            default: nil
            }
        } sentence: {
            LocksNarration.sentence(for: $0, glyphs: glyphs)
        }
    }
}
