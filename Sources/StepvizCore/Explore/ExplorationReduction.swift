/// How a search over interleavings prunes.
public enum ExplorationReduction: String, Sendable, Hashable {
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
