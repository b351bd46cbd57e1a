import StepvizCore
import StepvizEvents

/// The "you schedule" mode's keys, prompt words and rows, shared by the
/// screen of one panel and the dashboard (which gives them its focused
/// panel).
extension ScreenChrome {
    /// Handles `key` when it belongs to the mode: `s` toggles it, a digit
    /// picks a thread while it is on (1-9, and 0 for thread 10). Returns
    /// what the status row should say, nil when the key is not the mode's.
    static func handScheduleKey(_ key: Key, on playback: inout any PanelPlaying) -> ScreenStatus? {
        switch key {
        case .character("s"):
            guard playback.canSchedule else {
                // A replayed stream of a threaded panel is a record, not a run.
                return ScreenStatus(playback.runsThreads ? "a replayed stream plays as recorded: s schedules live runs (stepviz watch \(playback.name))"
                                         : "\(playback.name) has no threads to schedule (s works in locks and scheduler)")
            }
            let on = playback.handSchedule == nil
            return answer { () throws(OperationParseError) -> String? in
                try playback.setHandSchedule(on)
                return on ? nil : "you schedule is off: the seed decides from here"
            }
        case .character(let digit) where playback.handSchedule != nil && digit.isASCII && digit.isNumber:
            let id = digit == "0" ? 10 : Int(String(digit))!
            return answer { () throws(OperationParseError) -> String? in
                try playback.pick(id)
                return nil
            }
        default:
            return nil
        }
    }

    /// The prompt words of the mode: `schedule` prints the line that
    /// replays the picks, `pick N` picks any thread (past 10). Nil when
    /// the line is not one of them.
    static func handSchedulePrompt(_ line: String, on playback: inout any PanelPlaying) -> ScreenStatus? {
        let words = line.split(whereSeparator: \.isWhitespace)
        switch words.first {
        case "schedule" where words.count == 1:
            guard let hand = playback.handSchedule else {
                return ScreenStatus(playback.canSchedule ? "press s to schedule by hand first" : "\(playback.name) has no threads to schedule", isError: true)
            }
            return ScreenStatus(hand.command(panel: playback.name))
        case "pick":
            guard words.count == 2, let id = Int(words[1]) else { return ScreenStatus("'\(line)' needs a thread number (usage: pick N)", isError: true) }
            return answer { () throws(OperationParseError) -> String? in
                if playback.handSchedule == nil { try playback.setHandSchedule(true) }
                try playback.pick(id)
                return nil
            }
        default:
            return nil
        }
    }

    /// Runs `change`, turning what it throws into an error line.
    private static func answer(_ change: () throws(OperationParseError) -> String?) -> ScreenStatus? {
        do {
            return try change().map { ScreenStatus($0) } ?? ScreenStatus("")
        } catch {
            return ScreenStatus(error.message, isError: true)
        }
    }

    /// The status row of the mode when nothing else is said: the schedule
    /// so far as the `--schedule` that replays it.
    static func handScheduleStatus(of playback: any PanelPlaying) -> ScreenStatus? {
        guard let hand = playback.handSchedule else { return nil }
        return ScreenStatus("you schedule \(hand.scheduleArgument)  (digits pick, :schedule copies, s ends)")
    }

    /// Draws `playback` into `area`, and in "you schedule" the mode's row
    /// under it: who can move (with their key) and why the others cannot,
    /// or how the run ended and whether the goal was reached. The panel
    /// gives the row its bottom line when it has a line to spare, and
    /// lends it otherwise (the row is drawn over it).
    static func render(_ playback: any PanelPlaying, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard playback.handSchedule != nil, area.height > 2 else {
            playback.render(in: area, on: &canvas, glyphs: glyphs)
            return
        }
        let spare = area.height > playback.minimumSize.height
        let (panelArea, row) = area.splitBottom(1)
        playback.render(in: spare ? panelArea : area, on: &canvas, glyphs: glyphs)
        renderHandSchedule(of: playback, in: row, on: &canvas, glyphs: glyphs)
    }

    private static func renderHandSchedule(of playback: any PanelPlaying, in row: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        guard let hand = playback.handSchedule else { return }
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
