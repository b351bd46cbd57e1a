/// What a ``TurnChooser`` decides at a step: which thread (or coroutine)
/// moves, or that the run stops here.
///
///     chooser.chooseTurn(step: 0, runnable: [1, 2])    // .take(2)
public enum TurnDecision: Sendable, Equatable {
    /// `thread` takes the step; it must be one of the runnable ones.
    case take(Int)
    /// No more steps: the run stops where it is (a schedule that ends with
    /// `--schedule-only`, or an exploration cutting a redundant order).
    case stop
}
