/// Decides, step by step, who moves next in a gated run: the hook through
/// which a search over every interleaving (``InterleavingExplorer``) drives
/// real threads. Without one, a run follows its seed or its
/// ``TurnSchedule``.
///
/// Called with the run's own mutex held, one step at a time, from
/// whichever thread ended the previous step: an implementation needs no
/// locking of its own but must not block or touch the run.
///
///     final class LowestFirst: TurnChooser, @unchecked Sendable {
///         func chooseTurn(step: Int, runnable: [Int]) -> TurnDecision { .take(runnable[0]) }
///     }
public protocol TurnChooser: AnyObject, Sendable {
    /// The decision for step `step` (0-based), among `runnable` (ids
    /// ascending, never empty).
    ///
    /// - Complexity: the implementation's; it runs once per step.
    func chooseTurn(step: Int, runnable: [Int]) -> TurnDecision
}
