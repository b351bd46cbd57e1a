/// The depth-first search of ``ExplorationReduction/stateCaching``: one
/// node per state of the current schedule, each trying every runnable
/// thread in turn; a run that reaches a state already found stops there
/// (its future is that state's, explored or being explored), so each
/// distinct state is expanded once and each of its steps is found once.
/// What it finds is a ``_StateGraph``: every reachable state with every
/// step from it.
///
/// Most steps are run; some are inferred by commuting, a diamond: at a
/// state *x* reached from *q* by step *a*, a thread *t* whose step *b*
/// from *q* is known, is independent of *a* (another thread, footprints
/// disjoint), and leads to a state from which *a*'s thread is known to
/// lead to *y*, takes from *x* the same step *b* to the same *y*. That is
/// the promise every footprint makes (a step's effect depends only on what
/// it touches, so independent steps commute: the DPOR modes rest on it
/// too). An inferred step is an edge like any other, so the graph stays
/// complete and its shortest paths exact.
///
/// Why this is sound: the fingerprint fixes the future (see
/// ``InterleavingSubject/StateFingerprint``), so the steps from a state
/// found again are the ones found when it was first expanded; at every
/// expanded state every runnable thread's step is run or inferred (there
/// are no sleep or backtrack sets, which caching would make unsound:
/// Godefroid 1996, ch. 6), and every state is expanded when first reached,
/// so the graph holds every reachable state and step.
///
/// A class because the subject's threads call ``choose(step:runnable:previous:state:)``
/// during a run, one at a time under the subject's own lock, so no lock
/// is needed here.
///
///     let search = _StateGraphSearch<Fingerprint, End>()
///     // per run: beginRun(), execute with choose(...), endRun(...); then nextBranch()
///
/// - Complexity: O(*v* (*s* + *t*) + *e*) memory for *v* states of size
///   *s*, *t* threads and *e* edges; one dictionary look-up per step and
///   O(*t*) per inference.
internal final class _StateGraphSearch<State: Hashable, EndState: Hashable>: @unchecked Sendable {
    struct Node {
        /// The state here, by vertex number.
        var vertex: Int
        /// Who could move here.
        var runnable: [Int]
        /// The step that led here from the node before (nil at the start).
        var arrival: ExploredStep?
        /// Index into `runnable` of who moves here in the current schedule.
        var choice = 0
    }

    private(set) var graph = _StateGraph<EndState>()
    private var vertices: [State: Int] = [:]
    private(set) var nodes: [Node] = []
    /// Whether the current run stopped at a state found before (or one
    /// whose every step was inferred).
    private(set) var cutByCache = false

    func beginRun() { cutByCache = false }

    /// The decision at `step`: replay the current schedule, then at the
    /// state it reaches stop if that state was found before, else expand
    /// it with its lowest runnable thread whose step cannot be inferred.
    func choose(step: Int, runnable: [Int], previous: ExploredStep?, state: State) -> TurnDecision {
        if step < nodes.count {
            precondition(
                vertices[state] == nodes[step].vertex && nodes[step].runnable == runnable,
                "nondeterministic subject: step \(step) reached another state than before")
            return .take(nodes[step].runnable[nodes[step].choice])
        }
        let (vertex, isNew) = vertex(of: state)
        if let previous { link(step: previous, to: vertex) }
        nodes.append(Node(vertex: vertex, runnable: runnable, arrival: previous, choice: -1))
        guard isNew, let choice = nextChoiceToRun(at: nodes.count - 1) else {
            nodes.removeLast()
            cutByCache = true
            return .stop
        }
        nodes[nodes.count - 1].choice = choice
        return .take(runnable[choice])
    }

    /// Records the end of a run that went to its end: the last step's
    /// edge and the end state of the state it reached.
    func endRun(steps: [ExploredStep], endState: EndState?, finalState: State) {
        guard let endState, let last = steps.last, steps.count == nodes.count else { return }
        let (vertex, isNew) = vertex(of: finalState)
        link(step: last, to: vertex)
        if isNew { graph.setEnd(endState, of: vertex) }
    }

    /// Moves to the deepest node with a thread whose step is neither
    /// found nor inferable; false when there is none (the search is over).
    func nextBranch() -> Bool {
        while let last = nodes.indices.last {
            if let choice = nextChoiceToRun(at: last) {
                nodes[last].choice = choice
                return true
            }
            nodes.removeLast()
        }
        return false
    }

    /// The first runnable thread after the current choice of node `index`
    /// whose step must be run; those before it that can be inferred are
    /// added to the graph as inferred.
    private func nextChoiceToRun(at index: Int) -> Int? {
        let node = nodes[index]
        var choice = node.choice + 1
        while choice < node.runnable.count {
            guard index > 0, let arrival = node.arrival,
                let inferred = inferredEdge(parent: nodes[index - 1].vertex, arrival: arrival, thread: node.runnable[choice])
            else { return choice }
            graph.addEdge(from: node.vertex, inferred)
            choice += 1
        }
        return nil
    }

    /// The diamond: from `parent`, `arrival` led here and `thread`'s step
    /// is known, independent of `arrival`, and followed by `arrival`'s
    /// thread taking the same step as `arrival`: then `thread` takes the
    /// same step from here, to where that one led.
    private func inferredEdge(parent: Int, arrival: ExploredStep, thread: Int) -> _StateGraph<EndState>.Edge? {
        guard thread != arrival.thread,
            let side = graph.edge(from: parent, thread: thread),
            !side.step.touchesAny(of: arrival.objects),
            let across = graph.edge(from: side.target, thread: arrival.thread),
            across.step.objects == arrival.objects, across.step.findings == arrival.findings
        else { return nil }
        return .init(step: side.step, target: across.target, isInferred: true)
    }

    /// The edge from the deepest node by its chosen thread.
    private func link(step: ExploredStep, to vertex: Int) {
        let node = nodes[nodes.count - 1]
        precondition(step.thread == node.runnable[node.choice], "the step taken is not the one chosen")
        graph.addEdge(from: node.vertex, .init(step: step, target: vertex))
    }

    private func vertex(of state: State) -> (vertex: Int, isNew: Bool) {
        if let known = vertices[state] { return (known, false) }
        let vertex = graph.addVertex()
        vertices[state] = vertex
        return (vertex, true)
    }
}
