import StepvizCore

/// The scheduler state rebuilt from the events alone: the run queue, the
/// message queue and the coroutines alive, plus every output line.
///
/// Tests check that after every operation it equals the `state` the
/// library reported.
///
///     var replay = SchedulerReplay()
///     for step in session.steps { replay.apply(step.event) }
///     replay.output    // [(1, "T-minus 3"), ...]
///
/// - Complexity: O(1) per event, besides copying a queue.
public struct SchedulerReplay: Equatable, Sendable {
    public private(set) var state = SchedulerState()
    /// Task ids to names.
    public private(set) var names: [Int: String] = [:]
    /// Output lines in order, with the task that wrote each.
    public private(set) var output: [OutputLine] = []

    public struct OutputLine: Equatable, Sendable {
        public let task: Int
        public let text: String
    }

    public init() {}

    public mutating func apply(_ event: SchedulerStepEvent) {
        if case .scene = event {
            self = SchedulerReplay()  // a new run
            return
        }
        guard case .scheduler(let event) = event else { return }
        switch event {
        case .spawn(let task, let name):
            names[task] = name
            state.alive.append(task)
            state.alive.sort()
        case .output(let task, let text):
            output.append(OutputLine(task: task, text: text))
        case .finish(let task), .cancelled(let task), .failed(let task, _):
            state.alive.removeAll { $0 == task }
        case .queue(let queue):
            state.queue = queue
        case .messages(let messages):
            state.messages = messages
        case .resume, .yield, .send, .deliver, .drop:
            break
        }
    }
}
