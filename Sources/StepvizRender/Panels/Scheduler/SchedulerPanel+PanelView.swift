import StepvizEvents

extension SchedulerPanel: PanelView {
    public typealias Model = SchedulerPanelModel
    public static var name: String { "scheduler" }

    /// `sched T-minus 2` (tasks: the last line printed) or `sched printer ← 3`
    /// (actors: the last message delivered); before that, the queue's length.
    public static func summary(_ model: SchedulerPanelModel, glyphs: Glyphs) -> String {
        switch model.scene {
        case .tasks:
            if let line = model.replay.output.last { return "sched \(line.text)" }
            return "sched \(model.runQueue.count) ready"
        case .actors:
            if let delivery = model.delivery {
                return "sched \(delivery.actor) \(glyphs.leftArrow) \(SchedulerNarration.text(delivery.message))"
            }
            return "sched \(model.messageQueue.count) queued"
        }
    }
}
