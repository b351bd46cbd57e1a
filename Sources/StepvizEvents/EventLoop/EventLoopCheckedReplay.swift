import StepvizCore

/// ``EventLoopReplay`` fed from a saved stream: every `state` must equal
/// the time, ready queue, timer heap, interest list and sockets the events
/// built, and a callback that runs must be the ready queue's first.
///
///     var replay = EventLoopCheckedReplay(setup: NoSetup())
///     try replay.apply(.state(EventLoopState(ready: [1])))    // throws: nothing was queued
///
/// - Complexity: as ``EventLoopReplay``, plus O(*n*) for a `state`.
public struct EventLoopCheckedReplay: CheckedReplay {
    public private(set) var replay = EventLoopReplay()

    public init(setup: NoSetup) {}

    public mutating func apply(_ event: EventLoopStepEvent) throws(StreamLineError) {
        switch event {
        case .state(let state) where state != replay.state:
            throw StreamLineError(
                "the state \(Self.describe(state)) disagrees with the events before it, which build \(Self.describe(replay.state))")
        case .loop(.callbackRun(let id, _)), .loop(.callbackSkipped(let id, _)):
            guard replay.ready.first?.id == id else {
                throw StreamLineError(
                    "callback \(id) runs, but the ready queue's first is \(replay.ready.first.map { "\($0.id)" } ?? "nothing")")
            }
        case .loop(.timerPopped(let id, _, _, cancelled: false)):
            guard replay.timers.min?.id == id else { throw StreamLineError("timer \(id) leaves the heap, but it is not the earliest") }
        default: break
        }
        replay.apply(event)
    }

    static func describe(_ state: EventLoopState) -> String {
        "time \(state.time), ready \(state.ready), timers \(state.timers), interest [\(state.interest.map(\.description).joined(separator: ", "))], sockets \(state.sockets)"
    }
}
