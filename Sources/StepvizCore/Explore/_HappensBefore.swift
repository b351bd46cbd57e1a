/// The happens-before order of one run's steps, as vector clocks: step *i*
/// happens before step *k* when a chain of program order, dependent steps
/// (footprints that meet) and wake-ups (a release handing a lock to a
/// blocked thread) leads from *i* to *k*. Two runs that order only
/// independent steps differently have the same order (one Mazurkiewicz
/// trace).
///
/// - Complexity: O(*n* (*f* + *t*)) to build for *n* steps of footprint *f*
///   and *t* threads; ``precedes(_:_:)`` O(1).
internal struct _HappensBefore {
    let steps: [ExploredStep]
    /// Per step, how many steps of each thread (index = id) precede or are it.
    private(set) var clocks: [[Int]] = []
    /// Per step, its 1-based position among its thread's steps.
    private(set) var local: [Int] = []
    /// Per step, the step that woke its thread just before it (it cannot
    /// move before that one), if any.
    private(set) var wokenBy: [Int?] = []

    init(_ steps: [ExploredStep]) {
        self.steps = steps
        let width = (steps.map { max($0.thread, $0.wakes.max() ?? 0) }.max() ?? 0) + 1
        var threadClock = [[Int]](repeating: [Int](repeating: 0, count: width), count: width)
        var objectClock: [Int: [Int]] = [:]
        var wake: [Int: (clock: [Int], step: Int)] = [:]
        clocks.reserveCapacity(steps.count)
        for (index, step) in steps.enumerated() {
            let t = step.thread
            var clock = threadClock[t]
            for object in step.objects { if let other = objectClock[object] { Self.join(&clock, other) } }
            if let waker = wake.removeValue(forKey: t) {
                Self.join(&clock, waker.clock)
                wokenBy.append(waker.step)
            } else {
                wokenBy.append(nil)
            }
            clock[t] += 1
            local.append(clock[t])
            threadClock[t] = clock
            for object in step.objects { objectClock[object] = clock }
            for woken in step.wakes {
                var merged = wake[woken]?.clock ?? [Int](repeating: 0, count: width)
                Self.join(&merged, clock)
                wake[woken] = (merged, index)
            }
            clocks.append(clock)
        }
    }

    /// Whether step `i` happens before (or is) step `k`.
    func precedes(_ i: Int, _ k: Int) -> Bool {
        i <= k && clocks[k][steps[i].thread] >= local[i]
    }

    /// Whether `i` and `k` (`i` < `k`) are in a race: different threads,
    /// dependent, ordered by nothing but each other, and `k` could have
    /// gone first (its thread was not waiting for `i` to wake it).
    func isRace(_ i: Int, _ k: Int) -> Bool {
        let a = steps[i]
        let b = steps[k]
        guard a.thread != b.thread, a.touchesAny(of: b.objects), wokenBy[k] != i else { return false }
        for j in (i + 1)..<k where precedes(i, j) && precedes(j, k) { return false }
        return true
    }

    private static func join(_ clock: inout [Int], _ other: [Int]) {
        for index in clock.indices where other[index] > clock[index] { clock[index] = other[index] }
    }
}
