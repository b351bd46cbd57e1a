/// Something whose every interleaving ``InterleavingExplorer`` can run: a
/// scene of real threads (``LockRunExploration``), later a coroutine
/// scheduler. One execution runs it from the start on its real threads,
/// asking `choose` before every step and reporting the step just taken.
///
/// The subject must be deterministic: the same choices give the same
/// steps, footprints and end state.
public protocol InterleavingSubject: SendableMetatype {
    /// What a run ends in; distinct end states are counted.
    associatedtype EndState: Hashable & Sendable

    /// Runs once. Before step *k* (0-based) it calls `choose(k, runnable,
    /// previous)` with the runnable ids (ascending, never empty) and step
    /// *k* − 1 as taken (nil before the first), and follows the decision;
    /// a `.stop` ends the run there. Returns every step taken and the end
    /// state (nil when stopped).
    ///
    /// - Complexity: the run's own, plus the footprints.
    func execute(choose: @escaping @Sendable (_ step: Int, _ runnable: [Int], _ previous: ExploredStep?) -> TurnDecision)
        -> (steps: [ExploredStep], endState: EndState?)
}
