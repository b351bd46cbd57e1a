import StepvizCore
import StepvizEvents

/// What the last step did to the scheduler's queue, in the terms the queue
/// row animates: an item taken off the front (a task resumed, a message
/// delivered or dropped), or one appended at the back (a spawn, a task
/// back from its yield, a message sent).
struct SchedulerQueueMotion: Equatable {
    enum Item: Equatable {
        case task(Int)
        case message(QueuedMessage)
    }

    /// The item that left the front in the last step.
    var leaving: Item?
    /// Whether the last step appended the queue's last item.
    var entersAtBack = false

    init(_ model: SchedulerPanelModel) {
        guard case .scheduler(let event)? = model.lastStep?.event else { return }
        switch event {
        case .resume(let task, _) where model.scene == .tasks:
            leaving = .task(task)
        case .deliver:
            leaving = model.delivery.map(Item.message)
        case .drop where model.turnStage == .dropped:
            // A message for a finished actor, popped at its turn.
            leaving = model.delivery.map(Item.message)
        case .queue(let queue):
            // new_task's append, or the append after next(task) returned.
            entersAtBack = !queue.isEmpty && (model.codeLine == 1 || model.codeLine == 7)
        case .messages(let messages):
            // new_actor's or send's append.
            entersAtBack = !messages.isEmpty && (model.codeLine == 1 || model.codeLine == 6)
        default:
            break
        }
    }
}
