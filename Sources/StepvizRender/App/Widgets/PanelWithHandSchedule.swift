import StepvizCore
import StepvizEvents

/// A panel drawn with, in "you schedule", the mode's row under it: who can
/// move (with their key) and why the others cannot, or how the run ended
/// and whether the goal was reached. The panel gives the row its bottom
/// line when it has a line to spare, and lends it otherwise (the row is
/// drawn over it).
///
///     PanelWithHandSchedule(playback: playback).render(in: body, on: &canvas, glyphs: .unicode)
struct PanelWithHandSchedule {
    let playback: any PanelPlaying

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard let hand = playback.handSchedule, area.height > 2 else {
            playback.render(in: area, on: &canvas, glyphs: glyphs)
            return
        }
        let spare = area.height > playback.minimumSize.height
        let (panelArea, row) = area.splitBottom(1)
        playback.render(in: spare ? panelArea : area, on: &canvas, glyphs: glyphs)
        HandScheduleRow(hand: hand).render(in: row, on: &canvas, glyphs: glyphs)
    }

    /// The status row of the mode when nothing else is said: the schedule
    /// so far as the `--schedule` that replays it.
    static func status(of playback: any PanelPlaying) -> ScreenStatus? {
        guard let hand = playback.handSchedule else { return nil }
        return ScreenStatus("you schedule \(hand.scheduleArgument)  (digits pick, :schedule copies, s ends)")
    }
}
