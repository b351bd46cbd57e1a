/// A "you schedule" challenge: the goal line a scene sets the person who
/// picks its threads (`make the two threads deadlock`), checked by the
/// library's own detection, never by the screen.
///
///     LocksScene(options: .init(scene: "naive")).challenge?.goal    // "make the two threads deadlock"
///
/// - Complexity: O(1) memory.
public struct ScheduleChallenge: Sendable, Hashable {
    /// The goal, as the header shows it.
    public let goal: String
    /// Whether the goal can be reached at all (the ordered scenes say
    /// "try to deadlock it": you can't, and finishing says so).
    public let isReachable: Bool

    public init(goal: String, isReachable: Bool = true) {
        self.goal = goal
        self.isReachable = isReachable
    }
}

/// How a run stood against its scene's ``ScheduleChallenge``.
public enum ChallengeOutcome: Sendable, Hashable {
    /// The library detected what the goal asked for (the words say what).
    case reached(String)
    /// Every thread ended without it (the words say how).
    case ended(String)
}
