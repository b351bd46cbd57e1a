import StepvizCore
import StepvizEvents

/// The log's sentence for each scheduler step, e.g. `resume #1 countdown 3`,
/// `counter → printer: 3`, naming coroutines as the run spawned them.
public enum SchedulerNarration {
    public static func sentence(for event: SchedulerStepEvent, in model: SchedulerPanelModel, glyphs: Glyphs) -> String {
        func task(_ id: Int) -> String { "#\(id) \(model.name(of: id))" }
        switch event {
        case .begin("step"): return "\(glyphs.operationMark) step: take the next \(model.scene == .tasks ? "task" : "message")"
        case .begin("quit"): return "\(glyphs.operationMark) quit: cancel what is still parked"
        case .begin(let label): return "\(glyphs.operationMark) \(label)"
        case .scene(let kind): return "a new run: the \(kind.rawValue) scene"
        case .state(let state):
            return model.scene == .tasks
                ? "state: queue \(ids(state.queue)), \(state.alive.count) alive"
                : "state: \(state.messages.count) queued, \(state.alive.count) alive"
        case .scheduler(let event):
            switch event {
            case .spawn(let id, _): return "spawn \(task(id)) (starts on its first turn)"
            case .resume(let id, let message):
                return model.scene == .tasks ? "resume \(task(id))" : "resume \(task(id)) with \(text(message))"
            case .output(let id, let line): return "#\(id) prints \"\(line)\""
            case .yield(let id): return "#\(id) reaches its yield and parks"
            case .finish(let id): return "#\(id) returns: StopIteration, it leaves"
            case .failed(let id, let message): return "#\(id) failed: \(message)"
            case .cancelled(let id): return "#\(id) cancelled"
            case .queue(let queue): return "queue \(ids(queue))"
            case .send(let from, let to, let message):
                return "\(from.map { model.name(of: $0) } ?? "outside") \(glyphs.arrow) \(to): \(text(message))"
            case .deliver(let actor, _, let message): return "popleft (\(actor), \(text(message)))"
            case .drop(let to, let message, let reason): return "drop (\(to), \(text(message))): \(reason)"
            case .messages(let messages): return "messages [\(messages.map(\.description).joined(separator: " "))]"
            }
        }
    }

    /// `None` for the priming empty message, as Python prints it.
    static func text(_ message: Int?) -> String { message.map(String.init) ?? "None" }

    static func ids(_ ids: [Int]) -> String { "[" + ids.map { "#\($0)" }.joined(separator: " ") + "]" }
}
