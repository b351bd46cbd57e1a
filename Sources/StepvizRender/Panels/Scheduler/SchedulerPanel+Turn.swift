import StepvizCore
import StepvizEvents

extension SchedulerPanel {
    /// The turn in progress: who runs (with its counter), and the turn's
    /// stages (`resume → run to next yield → back of the queue`), the one
    /// reached reversed.
    static func renderTurn(_ model: SchedulerPanelModel, in area: Rect, on canvas: inout Canvas, glyphs: Glyphs) {
        let inner = canvas.box(area, title: model.turns > 0 ? "turn \(model.turns)" : "turn", glyphs: glyphs)
        guard inner.height > 0 else { return }
        guard let id = model.turnCoroutine, let stage = model.turnStage else {
            canvas.write(idleText(model), x: inner.x, y: inner.y, width: inner.width, style: Theme.dim, glyphs: glyphs)
            return
        }
        let coroutine = model.coroutine(id)
        var who = "#\(id) \(model.name(of: id))"
        if model.scene == .actors, let delivery = model.delivery {
            who = "\(delivery.description) \(glyphs.arrow) " + who
        }
        canvas.write(who, x: inner.x, y: inner.y, width: inner.width, style: Theme.held, glyphs: glyphs)
        if let local = coroutine?.local, who.count + 3 + local.count <= inner.width {
            canvas.write(local, x: inner.x + who.count + 3, y: inner.y, style: Theme.label)
        }
        guard inner.height > 1 else { return }
        let (stages, reached) = turnStages(model, stage)
        var x = inner.x
        let y = inner.y + 1
        for (index, text) in stages.enumerated() {
            if index > 0 {
                canvas.write(" \(glyphs.arrow) ", x: x, y: y, style: Theme.dim, clip: inner)
                x += glyphs.arrow.count + 2
            }
            let style: Style
            if stage == .failed && index == reached {
                style = Theme.error
            } else {
                style = index == reached ? Theme.currentLine : (index < reached ? Theme.value : Theme.dim)
            }
            canvas.write(text, x: x, y: y, style: style, clip: inner)
            x += text.count
        }
    }

    /// What the turn box says between turns.
    static func idleText(_ model: SchedulerPanelModel) -> String {
        if model.lastStep == nil { return "(no turn yet)" }
        if model.scene == .tasks, let next = model.runQueue.first { return "next: #\(next) \(model.name(of: next))" }
        if model.scene == .actors, let next = model.messageQueue.first { return "next: \(next.description)" }
        return model.turns > 0 ? "queue empty: the run is over" : "(no turn yet)"
    }

    /// The stages of the current turn, and the index of the one reached.
    static func turnStages(_ model: SchedulerPanelModel, _ stage: SchedulerTurnStage) -> ([String], Int) {
        let message = SchedulerNarration.text(model.delivery?.message)
        switch (model.scene, stage) {
        case (_, .cancelled): return (["cancelled: the run quits"], 0)
        case (_, .failed): return (["resume", "failed: \(failure(model) ?? "error")"], 1)
        case (.tasks, .finished): return (["resume", "run to end", "StopIteration"], 2)
        case (.tasks, _):
            let reached =
                switch stage {
                case .taken, .resumed: 0
                case .running, .yielded: 1
                default: 2
                }
            return (["resume", "run to yield", "back of queue"], reached)
        case (.actors, .dropped): return (["popleft", "actor finished: dropped"], 1)
        case (.actors, .finished): return (["popleft", "send(\(message))", "StopIteration"], 2)
        case (.actors, _):
            let reached =
                switch stage {
                case .taken: 0
                case .resumed: 1
                default: 2
                }
            return (["popleft", "send(\(message))", "run to yield"], reached)
        }
    }

    private static func failure(_ model: SchedulerPanelModel) -> String? {
        guard let id = model.turnCoroutine, case .failed(let message)? = model.coroutine(id)?.status else { return nil }
        return message
    }
}
