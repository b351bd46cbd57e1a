import StepvizCore
import StepvizTestSupport

/// A program of the CPython vectors rebuilt on an ``EventLoop``: the same
/// callbacks, timers, cancels and tasks as the generator's `Interpreter`,
/// recording the same labels at the loop's iteration and time.
final class EventLoopProgram {
    typealias Action = EventLoopVectors.Action
    typealias TraceEntry = EventLoopVectors.TraceEntry

    /// What a label names: a callback's handle or a task.
    enum Target {
        case handle(LoopHandle)
        case task(LoopTask)

        func cancel() {
            switch self {
            case .handle(let handle): handle.cancel()
            case .task(let task): task.cancel()
            }
        }
    }

    let loop: EventLoop
    private(set) var targets: [String: Target] = [:]
    private(set) var trace: [TraceEntry] = []

    init(on loop: EventLoop) { self.loop = loop }

    /// The generator's `VirtualLoop.record`: the iteration running now.
    func record(_ label: String) {
        trace.append(TraceEntry(iteration: loop.iterations + 1, time: loop.time(), label: label))
    }

    func task(_ label: String) -> LoopTask? {
        if case .task(let task) = targets[label] { task } else { nil }
    }

    /// `Interpreter.run_actions`.
    func run(_ actions: [Action]) {
        for action in actions {
            switch action.op {
            case "soon":
                let label = action.label!
                targets[label] = .handle(loop.callSoon(name: label) { self.callback(action) })
            case "later":
                let label = action.label!
                targets[label] = .handle(loop.callLater(action.delay!, name: label) { self.callback(action) })
            case "cancel":
                targets[action.target!]?.cancel()
            case "task":
                let label = action.label!
                targets[label] = .task(loop.createTask(coroutine(action), name: label))
            default:
                preconditionFailure("unknown op \(action.op)")
            }
        }
    }

    private func callback(_ action: Action) {
        record(action.label!)
        run(action.body ?? [])
    }

    /// `Interpreter.coroutine`: the state is the index of the step the
    /// coroutine is suspended in, plus one (0: not started).
    private func coroutine(_ action: Action) -> StepCoroutine {
        let label = action.label!
        let steps = action.steps ?? []
        return StepCoroutine(name: label, handlesFailures: true) { state, sent, _ in
            if case .failure(let error) = sent {
                // A throw into a coroutine that never started raises at once,
                // before its `try`.
                if state > 0 { self.record("\(label):cancelled") }
                return .raised(error)
            }
            var next: Int
            if state == 0 {
                self.record("\(label):start")
                next = 0
            } else {
                self.record("\(label):\(state - 1)")
                next = state
            }
            while next < steps.count {
                let step = steps[next]
                state = next + 1
                if let delay = step.sleep {
                    return .sleep(delay, on: self.loop)
                }
                if let awaited = step.await {
                    return .awaiting(self.task(awaited)!)
                }
                self.run(step.do ?? [])
                self.record("\(label):\(next)")
                next += 1
            }
            self.record("\(label):end")
            return .returned(.text(label))
        }
    }

    /// What the run ended as, in the vectors' terms: ("idle", nil) or
    /// ("complete", the outcome as CPython prints it).
    struct End: Equatable {
        var end: String
        var outcome: String?
    }

    /// Builds the case's program and runs it as the generator did.
    static func run(_ vector: EventLoopVectors.Case, on loop: EventLoop) -> (EventLoopProgram, End) {
        let program = EventLoopProgram(on: loop)
        program.run(vector.setup ?? [])
        guard let main = vector.main else {
            let end = loop.runForever()
            return (program, End(end: end == .idle ? "idle" : "\(end)", outcome: nil))
        }
        switch loop.runUntilComplete(program.task(main)!) {
        case .success(let value): return (program, End(end: "complete", outcome: value.description))
        case .failure(.cancelled): return (program, End(end: "complete", outcome: "CancelledError()"))
        case .failure(let error): return (program, End(end: "failed", outcome: error.description))
        }
    }
}
