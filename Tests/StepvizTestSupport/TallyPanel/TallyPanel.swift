import StepvizEvents
import StepvizRender

// A sixth panel that exists only in the test support target: a tally that adds
// numbers. It is the smallest panel the seam takes — an operation, a
// session, a demo, its events with their decoder and checked replay, a
// model and a view — and, with one catalog entry, every command, the
// dashboard, the stream reader and the recorder take it without a Sources
// file naming it.

package enum TallyPanel: PanelView {
    package static let name = "tally"
    package static let minimumSize = (width: 30, height: 6)

    package static func render(_ model: TallyPanelModel, animation: Double?, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: "tally", glyphs: glyphs)
        canvas.write("tally total \(model.total)", x: inner.x + 1, y: inner.y)
        canvas.write("last: \(model.last)", x: inner.x + 1, y: inner.y + 1)
    }

    package static func summary(_ model: TallyPanelModel, glyphs: Glyphs) -> String { "total \(model.total)" }

    /// Its one catalog entry.
    package static let catalogEntry = PanelEntry.operations(
        TallyPanel.self, session: TallySession.self, demo: TallyDemoScript.self,
        options: [.step], summary: "a running total of the numbers added"
    ) { options throws(OperationParseError) in
        if let step = options.integer(.step), step < 1 {
            throw OperationParseError("invalid --step '\(step)': at least 1")
        }
        return NoSetup()
    }
}
