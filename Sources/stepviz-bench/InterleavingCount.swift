import StepvizCore

/// How many complete schedules a subject has without any reduction: the
/// denominator of the `explore.*` rows' reduction ratio. Brute force would
/// run every one of them (millions for the built-in scenes); this counts
/// them instead, paths through the state graph with the states merged.
///
/// A state is named by its Mazurkiewicz trace: each thread's own steps and,
/// for each shared object, the order of the threads that touched it. Two
/// prefixes with the same trace reach the same state (that is what the
/// explorer's footprints promise), so their counts are shared. Every state
/// is reached by a real run of its prefix that stops there.
///
/// - Complexity: one run per edge of the trace graph (edges + 1 runs).
struct InterleavingCount<Subject: InterleavingSubject> {
    let subject: Subject
    /// Give up (nil) past this many runs.
    let maxRuns: Int

    private final class Memo: @unchecked Sendable {
        var counts: [[[Int]]: Double] = [:]
        var runs = 0
    }

    /// The number of complete schedules, or nil past `maxRuns` runs (a
    /// Double: the counts pass 2^53 only far beyond these scenes).
    func count() -> Double? {
        let memo = Memo()
        return count([], memo)
    }

    private func count(_ prefix: [Int], _ memo: Memo) -> Double? {
        memo.runs += 1
        guard memo.runs <= maxRuns else { return nil }
        let next = Box()
        let steps = subject.execute { step, runnable, _, _ in
            guard step < prefix.count else {
                next.runnable = runnable
                return .stop
            }
            return .take(prefix[step])
        }.steps
        guard let runnable = next.runnable else { return 1 }
        let key = Self.traceKey(steps)
        if let known = memo.counts[key] { return known }
        var total = 0.0
        for thread in runnable {
            guard let part = count(prefix + [thread], memo) else { return nil }
            total += part
        }
        memo.counts[key] = total
        return total
    }

    private final class Box: @unchecked Sendable { var runnable: [Int]? }

    /// Per thread its steps' footprints and findings, then per object the
    /// threads that touched it in order: equal exactly for equivalent prefixes.
    static func traceKey(_ steps: [ExploredStep]) -> [[Int]] {
        var perThread: [Int: [Int]] = [:]
        var perObject: [Int: [Int]] = [:]
        for step in steps {
            perThread[step.thread, default: []] += [-1] + step.objects + [-2, step.findings.count] + step.wakes
            for object in step.objects { perObject[object, default: []].append(step.thread) }
        }
        return perThread.sorted { $0.key < $1.key }.map { [$0.key] + $0.value } + [[-3]]
            + perObject.sorted { $0.key < $1.key }.map { [$0.key] + $0.value }
    }
}
