import StepvizCore

/// An event loop's state as its library reports it after an operation,
/// with descriptors numbered as a fresh process numbers them (see
/// ``EventLoopDescriptorNumbers``).
public struct EventLoopState: Equatable, Sendable {
    /// The loop's time (`loop.time()`).
    public var time: Double
    /// The ready queue: callback ids, next first.
    public var ready: [Int]
    /// The timer heap: timer ids in heap array order.
    public var timers: [Int]
    /// The selector's interest list, in registration order.
    public var interest: [EventLoopInterest]
    /// The loop's open sockets, ascending.
    public var sockets: [Int32]

    public init(time: Double = 0, ready: [Int] = [], timers: [Int] = [], interest: [EventLoopInterest] = [], sockets: [Int32] = []) {
        self.time = time
        self.ready = ready
        self.timers = timers
        self.interest = interest
        self.sockets = sockets
    }
}
