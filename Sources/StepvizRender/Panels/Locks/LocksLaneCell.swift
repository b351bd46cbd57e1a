/// What one thread was doing at one step of a locks run, as the thread
/// lanes draw it: one cell per thread per turn.
public enum LocksLaneCell: Equatable, Sendable {
    /// Runnable, holding nothing.
    case idle
    /// Runnable, holding these locks (acquisition order).
    case holding([String])
    /// Blocked on `lock`, held by `holder`, while holding `holding`.
    case waiting(lock: String, holder: Int?, holding: [String])
    /// Refused or chosen as victim, now releasing `holding` before it ends.
    case backingOff(LocksBackOff, holding: [String])
    /// Its body returned at this step.
    case finished
    /// Its body threw at this step (victim or order violation).
    case aborted(LocksBackOff)
    /// Ended at an earlier step: nothing to draw.
    case gone
}

/// Why a thread gave up its locks: the two ways a locks run stops a thread.
public enum LocksBackOff: Equatable, Sendable {
    /// Its request closed a wait-for cycle: it released all and backed off.
    case deadlockVictim
    /// It asked for a lock out of rank order ("Lock Order Violation").
    case orderViolation
}
