/// The screen's top row: where it is (`stepviz │ heap │`), the operation at
/// the cursor (or the goal, in "you schedule"), and the player's state,
/// speed, step and seed at the right.
///
///     HeaderBar(title: "heap", playback: playback).render(in: row, on: &canvas, glyphs: .unicode)
struct HeaderBar {
    let title: String
    let playback: any PanelPlaying

    func render(in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.fill(area, with: Cell(" ", style: Theme.title))
        let total = playback.isOpenEnded ? "" : "/\(playback.operationCount)"
        var operation = "no operation"
        if let challenge = playback.handSchedule?.challenge {
            // "You schedule" with a challenge: the goal is what matters now.
            operation = "goal: \(challenge.goal)"
        } else if let op = playback.currentOperation {
            operation = "op \(op + 1)\(total): \(playback.operationLabel(op))"
        } else if let next = playback.nextOperation {
            // Before the first step (kept): say what stepping forward will run.
            operation = "next: op \(next + 1)\(total): \(playback.operationLabel(next))"
        }
        let player = playback.player
        let state = player.isPlaying ? "\(glyphs.playing) playing" : "\(glyphs.paused) paused"
        // "You schedule" picks every step: its goal needs the room more than the speed and seed.
        let right =
            playback.handSchedule != nil
            ? "step \(player.position)/\(playback.stepCount) "
            : "\(state) \(Self.format(player.speed)) steps/s  step \(player.position)/\(playback.stepCount)  seed \(playback.seed) "
        let left = " stepviz \(glyphs.vertical) \(title) \(glyphs.vertical) "
        canvas.write(left, x: area.x, y: area.y, style: Theme.title)
        let room = area.width - left.count - right.count - 1
        if room > 3 {
            canvas.write(operation, x: area.x + left.count, y: area.y, width: room, style: Theme.title, glyphs: glyphs)
        }
        canvas.write(right.suffix(area.width), x: Swift.max(area.x, area.maxX - right.count), y: area.y, style: Theme.title)
    }

    static func format(_ speed: Double) -> String {
        let tenths = Int((speed * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
