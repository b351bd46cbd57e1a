import StepvizCore

/// One `select` of the run: the iteration, the timeout asyncio computed
/// and the keys the kernel returned (its ready list).
public struct EventLoopSelectCall: Equatable, Sendable {
    public let iteration: Int
    public let timeout: Double?
    public let ready: [EventLoopEvent.ReadyDescriptor]

    /// No timeout and nothing ready: the select that would block (the
    /// virtual loop ends the run of iterations there; the next client
    /// action wakes the same iteration).
    public var blocks: Bool { timeout == nil && ready.isEmpty }
}
