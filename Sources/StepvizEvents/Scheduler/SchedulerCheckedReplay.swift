import StepvizCore

/// ``SchedulerReplay`` fed from a saved stream: every `state` must equal
/// the run queue, coroutines alive and message queue the events built.
/// (The replay has no precondition to guard: any event applies.) Its
/// spawned names are what a `messages` line's actors are decoded against.
///
///     var replay = SchedulerCheckedReplay(setup: NoSetup())
///     try replay.apply(.state(SchedulerState(alive: [1])))    // throws: nothing was spawned
///
/// - Complexity: O(1) per event besides copying a queue; O(*n*) for a `state`.
public struct SchedulerCheckedReplay: CheckedReplay {
    public private(set) var replay = SchedulerReplay()

    public init(setup: NoSetup) {}

    public mutating func apply(_ event: SchedulerStepEvent) throws(StreamLineError) {
        if case .state(let state) = event, state != replay.state {
            func describe(_ state: SchedulerState) -> String {
                "queue \(state.queue), alive \(state.alive), messages [\(state.messages.map(\.description).joined(separator: ", "))]"
            }
            throw StreamLineError("\(describe(state)) disagree with the events before it, which build \(describe(replay.state))")
        }
        replay.apply(event)
    }
}
