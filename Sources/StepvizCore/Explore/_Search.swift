/// The depth-first stack of an ``InterleavingExplorer``: one node per step
/// of the current schedule, with what was tried there, what must still be
/// tried (backtrack set) and what need not be (sleep set).
///
/// A class because the subject's threads call ``choose(step:runnable:previous:)``
/// during a run; they do so one at a time, under the subject's own lock,
/// so no lock is needed here.
///
/// - Complexity: O(*n* × *t*) memory for *n* steps and *t* threads.
internal final class _Search: @unchecked Sendable {
    struct Node {
        /// Who could move here.
        var runnable: [Int]
        /// Who moves here in the current schedule.
        var chosen: Int
        /// The step `chosen` took from here (known once it ran).
        var step: ExploredStep?
        /// Who must be tried from here.
        var backtrack: Set<Int>
        /// Threads asleep on arrival, with the footprint of their next step:
        /// their orders are covered elsewhere unless a dependent step wakes them.
        var sleep: [Int: ExploredStep]
        /// Threads tried from here already, with the step they took.
        var explored: [Int: ExploredStep] = [:]
    }

    let reduction: ExplorationReduction
    private(set) var nodes: [Node] = []
    private var prefixLength = 0

    init(reduction: ExplorationReduction) { self.reduction = reduction }

    func beginRun(prefixLength: Int) { self.prefixLength = prefixLength }

    /// The decision at `step`: replay the prefix, then the lowest runnable
    /// thread not asleep; stop when all are asleep.
    func choose(step: Int, runnable: [Int], previous: ExploredStep?) -> TurnDecision {
        if step > 0, let previous { nodes[step - 1].step = previous }
        if step < prefixLength {
            precondition(
                nodes[step].runnable == runnable,
                "nondeterministic subject: step \(step) has runnable \(runnable), before \(nodes[step].runnable)")
            return .take(nodes[step].chosen)
        }
        var sleep: [Int: ExploredStep] = [:]
        if reduction == .sourceSets, step > 0, let taken = nodes[step - 1].step {
            let parent = nodes[step - 1]
            for (thread, next) in parent.sleep.merging(parent.explored, uniquingKeysWith: { a, _ in a })
            where thread != taken.thread && !next.touchesAny(of: taken.objects) {
                sleep[thread] = next
            }
        }
        guard let pick = runnable.first(where: { sleep[$0] == nil }) else { return .stop }
        let backtrack: Set<Int> = reduction == .none ? Set(runnable) : [pick]
        nodes.append(Node(runnable: runnable, chosen: pick, step: nil, backtrack: backtrack, sleep: sleep))
        return .take(pick)
    }

    /// Records the steps as taken (the last one is only known here) and
    /// drops nodes a stopped run left without a step.
    func endRun(_ steps: [ExploredStep]) {
        nodes.removeLast(nodes.count - steps.count)
        for index in steps.indices { nodes[index].step = steps[index] }
    }

    /// Source-DPOR's race step: for every race (i, k) with k a step this
    /// run took anew, the reversed order must start, at node i, with one of
    /// the initials of notdep(i).k (the steps after i not ordered after it,
    /// then k); add one unless one is already in i's backtrack set.
    func addBacktracks(_ order: _HappensBefore, from firstNew: Int) {
        let steps = order.steps
        guard firstNew < steps.count else { return }
        for k in max(firstNew, 1)..<steps.count {
            for i in 0..<k where order.isRace(i, k) {
                var initials: [Int] = []
                var sequence: [Int] = []
                for j in (i + 1)..<k where !order.precedes(i, j) { sequence.append(j) }
                sequence.append(k)
                for (position, j) in sequence.enumerated()
                where !initials.contains(steps[j].thread) && !sequence[..<position].contains(where: { order.precedes($0, j) }) {
                    initials.append(steps[j].thread)
                }
                if initials.contains(where: nodes[i].backtrack.contains) { continue }
                if let thread = initials.first(where: nodes[i].runnable.contains) {
                    nodes[i].backtrack.insert(thread)
                }
            }
        }
    }

    /// Moves to the deepest node with a thread to try that is neither
    /// tried nor asleep; false when there is none (the search is over).
    func nextBranch() -> Bool {
        while var node = nodes.popLast() {
            if let step = node.step { node.explored[node.chosen] = step }
            let candidates = node.backtrack.subtracting(node.explored.keys).subtracting(node.sleep.keys)
            if let next = node.runnable.first(where: candidates.contains) {
                node.chosen = next
                node.step = nil
                nodes.append(node)
                return true
            }
        }
        return false
    }
}
