import StepvizCore
import StepvizEvents

/// The "you schedule" row: the choices at the cursor, or the run's outcome.
struct HandScheduleRow {
    let hand: HandSchedule

    func render(in row: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        canvas.fill(row, with: Cell(" ", style: Theme.title))
        var x = row.x + 1
        func write(_ text: String, _ style: Style) {
            guard x < row.maxX else { return }
            canvas.write(text, x: x, y: row.y, width: row.maxX - x, style: style, glyphs: glyphs)
            x += text.count
        }
        if let outcome = hand.outcome {
            switch outcome {
            case .reached(let what): write("goal reached in \(hand.picks.count) steps! \(what)", Theme.result)
            case .ended(let how): write("run over after \(hand.picks.count) steps: \(how)", Theme.title)
            }
            return
        }
        guard let choices = hand.choices else {
            write("the run has ended", Theme.title)
            return
        }
        write("next: ", Theme.title)
        for (index, standing) in choices.standings.enumerated() {
            let id = index + 1
            let key = id <= 9 ? "\(id)" : id == 10 ? "0" : ":pick \(id)"
            if standing == .canMove {
                write("[\(key)] \(choices.subject.mark)\(id)", Theme.keyHint)
            } else {
                write(standing.shortReason(choices.subject, id), Theme.dim)
            }
            write("  ", Theme.title)
        }
    }
}
