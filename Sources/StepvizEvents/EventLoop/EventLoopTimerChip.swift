/// A timer as the replay's own heap holds it: compared by deadline alone,
/// as the loop's (and CPython's `TimerHandle`) are, so the same pushes and
/// pops leave the same array order.
public struct EventLoopTimerChip: Comparable, Sendable {
    public let id: Int
    public let name: String
    public let when: Double

    public static func < (lhs: EventLoopTimerChip, rhs: EventLoopTimerChip) -> Bool { lhs.when < rhs.when }
    public static func == (lhs: EventLoopTimerChip, rhs: EventLoopTimerChip) -> Bool { lhs.when == rhs.when }
}
