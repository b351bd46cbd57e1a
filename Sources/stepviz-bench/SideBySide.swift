/// Runs two measurements alternately, A then B, round after round, and
/// keeps the median of each. These machines are noisy and shared: a slow
/// stretch hits both sides of a round alike, so the ratio of medians measured
/// this way is what counts, not the absolute times.
///
///     let result = SideBySide.run(rounds: 7, ours: { measureOurs() }, baseline: { measureTheirs() })
///     result.ratio    // ours / baseline
enum SideBySide {
    struct Result {
        /// Median of our per-round figures.
        var ours: Double
        /// Median of the baseline's per-round figures.
        var baseline: Double
        /// Every per-round figure, for the spread.
        var oursRounds: [Double]
        var baselineRounds: [Double]

        var ratio: Double { ours / baseline }
    }

    /// Each closure runs one timed measurement and returns its figure (ns per
    /// op). One untimed warm-up of each side runs first (page faults,
    /// allocator growth, caches).
    static func run(rounds: Int, ours: () -> Double, baseline: () -> Double) -> Result {
        _ = ours()
        _ = baseline()
        var oursRounds: [Double] = []
        var baselineRounds: [Double] = []
        for _ in 0..<rounds {
            oursRounds.append(ours())
            baselineRounds.append(baseline())
        }
        return Result(
            ours: median(oursRounds), baseline: median(baselineRounds),
            oursRounds: oursRounds, baselineRounds: baselineRounds)
    }

    /// Runs one measurement `rounds` times (after a warm-up) and returns the
    /// median, for rows with no alternative to run against.
    static func runAlone(rounds: Int, _ body: () -> Double) -> Double {
        _ = body()
        return median((0..<rounds).map { _ in body() })
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
