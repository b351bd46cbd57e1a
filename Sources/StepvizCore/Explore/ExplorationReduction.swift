/// How a search over interleavings prunes.
public enum ExplorationReduction: String, Sendable, Hashable {
    /// Stateful search with state caching (Holzmann's state-space caching;
    /// Godefroid, "Partial-order methods for the verification of concurrent
    /// systems", LNCS 1032, 1996, ch. 6, without the sleep sets): every
    /// distinct state (``InterleavingSubject/StateFingerprint``) is
    /// expanded once, trying every runnable thread; a run that reaches a
    /// state already expanded stops there. The states and steps found are
    /// then the whole state graph, so every reachable end state, deadlock
    /// and violation is found, and the shortest schedule to each is the
    /// graph's shortest path (a breadth-first search after the runs).
    /// Runs: about one per edge of the state graph, not per trace.
    case stateCaching = "state caching"
    /// Source-set DPOR with sleep sets (Abdulla, Aronis, Jonsson and
    /// Sagonas, "Optimal dynamic partial order reduction", POPL 2014,
    /// Algorithm 1): from each run, every race between dependent steps adds
    /// one initial step of the reversed order to the backtrack set where the
    /// race began, unless one is there already; sleep sets cut orders
    /// already covered. At least one run per Mazurkiewicz trace, so every
    /// reachable end state, deadlock and violation is found.
    case sourceSets = "source-DPOR + sleep sets"
    /// No reduction: every choice at every step (brute force, for checking).
    case none = "none (every schedule)"
}
