/// One step of a run as an exploration sees it: who took it, what shared
/// things it read or wrote (its footprint), which blocked threads it made
/// runnable, and what went wrong in it. Two steps of different threads are
/// dependent exactly when their footprints meet; a step's effect must
/// depend only on the things in its footprint, which is what lets
/// independent steps be swapped without running both orders.
///
///     ExploredStep(thread: 2, objects: [0], wakes: [1])    // released lock 0, handing it to thread 1
///
/// - Complexity: O(*f*) memory for a footprint of *f* objects.
public struct ExploredStep: Sendable, Hashable {
    /// The thread (or coroutine) that took the step, from 1.
    public var thread: Int
    /// The shared things touched, ascending and distinct (a subject numbers
    /// them: for locks, each lock and each thread's wait-for edge).
    public var objects: [Int]
    /// Threads that were blocked and can move after this step.
    public var wakes: [Int]
    /// Deadlocks and violations this step ran into.
    public var findings: [InterleavingFinding]

    /// A step of `thread` touching `objects` (sorted and made distinct here).
    ///
    /// - Complexity: O(*f* log *f*)
    public init(thread: Int, objects: [Int], wakes: [Int] = [], findings: [InterleavingFinding] = []) {
        self.thread = thread
        self.objects = Array(Set(objects)).sorted()
        self.wakes = wakes
        self.findings = findings
    }

    /// Whether this step and `other` touch a common object (both sorted: a merge).
    ///
    /// - Complexity: O(*f* + *g*)
    public func touchesAny(of other: [Int]) -> Bool {
        var i = 0
        var j = 0
        while i < objects.count && j < other.count {
            if objects[i] == other[j] { return true }
            if objects[i] < other[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}
