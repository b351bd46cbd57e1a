import StepvizCore

/// An event loop's state rebuilt from the events alone: the loop's time,
/// the ready queue, the timer heap (kept in a ``BinaryHeap`` of its own
/// that compares deadlines alone, so the array order is the loop's), the
/// interest list, the open sockets and the output.
///
/// Tests check that after every operation it equals the `state` the
/// library reported.
///
///     var replay = EventLoopReplay()
///     for step in session.steps { replay.apply(step.event) }
///     replay.output.map(\.text)    // ["started at 0.0", "hello", ...]
///
/// - Complexity: O(log *n*) per timer event for *n* timers; O(*k*) per
///   ready-queue or interest event for *k* entries.
public struct EventLoopReplay {
    public private(set) var state = EventLoopState()
    /// The timers, as the library's heap holds them.
    public private(set) var timers = BinaryHeap<EventLoopTimerChip>()
    /// The ready queue with each callback's name, next first.
    public private(set) var ready: [(id: Int, name: String)] = []
    /// Every line printed, with the loop's time.
    public private(set) var output: [(time: Double, text: String)] = []
    /// The heap's array during a rebuild (the cancelled leave it one by one).
    private var rebuilding: [EventLoopTimerChip]?

    public init() {}

    public mutating func apply(_ event: EventLoopStepEvent) {
        if case .scene = event {
            self = EventLoopReplay()  // a new run on a new loop
            return
        }
        guard case .loop(let event) = event else { return }
        if let kept = rebuilding {
            if case .timerPopped(_, _, _, cancelled: true) = event {
            } else {
                timers = BinaryHeap(kept)
                rebuilding = nil
            }
        }
        switch event {
        case .registered(let fd, let events, let callbacks):
            state.interest.append(EventLoopInterest(fd: fd, events: events, callbacks: callbacks))
        case .modified(let fd, let events, let callbacks):
            if let index = state.interest.firstIndex(where: { $0.fd == fd }) {
                state.interest[index].events = events
                state.interest[index].callbacks = callbacks
            }
        case .unregistered(let fd):
            state.interest.removeAll { $0.fd == fd }
        case .clockAdvanced(_, let to):
            state.time = to
        case .callbackQueued(let id, let name):
            ready.append((id, name))
        case .callbackRun(let id, _), .callbackSkipped(let id, _):
            if let index = ready.firstIndex(where: { $0.id == id }) { ready.remove(at: index) }
        case .timerPushed(let id, let name, let when):
            timers.push(EventLoopTimerChip(id: id, name: name, when: when))
        case .timerPopped(let id, _, _, let cancelled):
            if cancelled, var kept = rebuilding {
                kept.removeAll { $0.id == id }
                rebuilding = kept
            } else {
                _ = timers.popMin()
            }
        case .timerHeapRebuilding:
            rebuilding = timers.unordered
        case .socketOpened(let fd, _, _):
            state.sockets.append(fd)
            state.sockets.sort()
        case .socketClosed(let fd):
            state.sockets.removeAll { $0 == fd }
        case .output(let time, let text):
            output.append((time, text))
        case .selected, .callbackCancelled, .futureDone, .taskCreated, .taskStep, .taskAwaits, .taskDone, .socketAccepted, .socketConnected,
            .socketSent, .socketReceived, .socketFailed, .iterationEnded, .runEnded:
            break
        }
        state.ready = ready.map(\.id)
        state.timers = (rebuilding ?? timers.unordered).map(\.id)
    }
}
