/// The depth-first search of ``ExplorationReduction/stateCaching``: one
/// node per state of the current schedule, each trying every runnable
/// thread in turn; a run that reaches a state already found stops there
/// (its future is that state's, explored or being explored), so each
/// distinct state is expanded once and each of its steps is taken once.
/// What it finds is a ``_StateGraph``.
///
/// Why this is sound: the fingerprint fixes the future (see
/// ``InterleavingSubject/StateFingerprint``), so the steps from a state
/// found again are the ones tried when it was first expanded; every
/// runnable thread is tried at every expanded state (no sleep sets or
/// backtrack sets, which state caching would make unsound), so the graph
/// holds every reachable state and step.
///
/// A class because the subject's threads call ``choose(step:runnable:previous:state:)``
/// during a run, one at a time under the subject's own lock, so no lock
/// is needed here.
///
///     let search = _StateGraphSearch<Fingerprint, End>()
///     // per run: beginRun(), execute with choose(...), endRun(...); then nextBranch()
///
/// - Complexity: O(*v* (*s* + *d*)) memory for *v* states of size *s*,
///   and a path of depth *d*; one dictionary look-up per step.
internal final class _StateGraphSearch<State: Hashable, EndState: Hashable>: @unchecked Sendable {
    struct Node {
        /// The state here, by vertex number.
        var vertex: Int
        /// Who could move here.
        var runnable: [Int]
        /// Index into `runnable` of who moves here in the current schedule.
        var choice = 0
    }

    private(set) var graph = _StateGraph<EndState>()
    private var vertices: [State: Int] = [:]
    private(set) var nodes: [Node] = []
    /// Whether the current run stopped at a state found before.
    private(set) var cutByCache = false

    func beginRun() { cutByCache = false }

    /// The decision at `step`: replay the current schedule, then at the
    /// state it reaches stop if that state was found before, else expand
    /// it with its lowest runnable thread.
    func choose(step: Int, runnable: [Int], previous: ExploredStep?, state: State) -> TurnDecision {
        if step < nodes.count {
            precondition(vertices[state] == nodes[step].vertex && nodes[step].runnable == runnable,
                         "nondeterministic subject: step \(step) reached another state than before")
            return .take(nodes[step].runnable[nodes[step].choice])
        }
        let (vertex, isNew) = vertex(of: state)
        if let previous { link(step: previous, to: vertex) }
        guard isNew else {
            cutByCache = true
            return .stop
        }
        nodes.append(Node(vertex: vertex, runnable: runnable))
        return .take(runnable[0])
    }

    /// Records the end of a run that went to its end: the last step's
    /// edge and the end state of the state it reached.
    func endRun(steps: [ExploredStep], endState: EndState?, finalState: State) {
        guard let endState, let last = steps.last, steps.count == nodes.count else { return }
        let (vertex, isNew) = vertex(of: finalState)
        link(step: last, to: vertex)
        if isNew { graph.setEnd(endState, of: vertex) }
    }

    /// Moves to the deepest node with a thread not yet tried; false when
    /// there is none (the search is over).
    func nextBranch() -> Bool {
        while let last = nodes.indices.last {
            if nodes[last].choice + 1 < nodes[last].runnable.count {
                nodes[last].choice += 1
                return true
            }
            nodes.removeLast()
        }
        return false
    }

    /// The edge from the deepest node by its chosen thread.
    private func link(step: ExploredStep, to vertex: Int) {
        let node = nodes[nodes.count - 1]
        precondition(step.thread == node.runnable[node.choice], "the step taken is not the one chosen")
        graph.addEdge(from: node.vertex, .init(thread: step.thread, target: vertex, findings: step.findings))
    }

    private func vertex(of state: State) -> (vertex: Int, isNew: Bool) {
        if let known = vertices[state] { return (known, false) }
        let vertex = graph.addVertex()
        vertices[state] = vertex
        return (vertex, true)
    }
}
