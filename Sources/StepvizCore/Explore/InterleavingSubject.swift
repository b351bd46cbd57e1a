/// Something whose every interleaving ``InterleavingExplorer`` can run: a
/// scene of real threads (``LockRunExploration``), later a coroutine
/// scheduler. One execution runs it from the start on its real threads,
/// asking `choose` before every step and reporting the step just taken
/// and the state reached.
///
/// The subject must be deterministic: the same choices give the same
/// steps, footprints, states and end state.
public protocol InterleavingSubject: SendableMetatype {
    /// What a run ends in; distinct end states are counted.
    associatedtype EndState: Hashable & Sendable
    /// The whole state between two steps, shared and per thread: two
    /// points of any runs with equal fingerprints must have the same
    /// futures (the same runnable threads, and the same steps, states,
    /// findings and end states under the same choices). What
    /// ``ExplorationReduction/stateCaching`` merges on.
    associatedtype StateFingerprint: Hashable & Sendable

    /// Runs once. Before step *k* (0-based) it calls `choose(k, runnable,
    /// previous, state)` with the runnable ids (ascending, never empty),
    /// step *k* − 1 as taken (nil before the first) and the state reached
    /// (the initial one before the first), and follows the decision; a
    /// `.stop` ends the run there. Returns every step taken, the end state
    /// (nil when stopped) and the state after the last step.
    ///
    /// - Complexity: the run's own, plus the footprints and fingerprints.
    func execute(
        choose: @escaping @Sendable (_ step: Int, _ runnable: [Int], _ previous: ExploredStep?, _ state: StateFingerprint) -> TurnDecision
    )
        -> (steps: [ExploredStep], endState: EndState?, finalState: StateFingerprint)
}
