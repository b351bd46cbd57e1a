import StepvizCore
import StepvizTestSupport
import Testing

/// A pop is CPython's bottom-up sift: the hole walks from the root to a
/// leaf moving the smaller child up (one comparison per level with two
/// children, none against the sifted element), then the last element is
/// placed there and sifts back up. These tests read that shape off the
/// observer's events.
@Suite("BinaryHeap pop: walk to a leaf, then sift up")
struct HeapPopWalkTests {
    /// The events of one pop, split into its two phases.
    struct PopTrace {
        var walkCompares = 0
        var walkMoves: [(from: Int, to: Int)] = []
        var upCompares = 0
        var upMoves = 0
        var placedAt: Int?
    }

    /// Splits a pop's events into the walk and the sift up, recording an
    /// issue for any event out of place (a walk step after the sift up
    /// began, a comparison against the held element during the walk, ...).
    static func trace(_ events: [HeapEvent<Int>], count: Int, last: Int) -> PopTrace {
        var trace = PopTrace()
        var hole = 0
        var siftingUp = false
        guard events.count >= 3,
            case .liftLast(last) = events[0],
            case .take(0, _) = events[1]
        else {
            Issue.record("a pop starts with liftLast, then take(0): \(events)")
            return trace
        }
        for event in events.dropFirst(2) {
            #expect(trace.placedAt == nil, "nothing follows the place: \(events)")
            switch event {
            case .compare(.slot(let left), _, .slot(let right), _, _):
                #expect(!siftingUp, "a child comparison after the sift up began: \(events)")
                #expect(left == 2 * hole + 1 && right == left + 1 && right < count)
                trace.walkCompares += 1
            case .compare(.held, let held, .slot(let parent), _, let isLess):
                siftingUp = true
                #expect(held == last && parent == (hole - 1) / 2 && hole > 0)
                trace.upCompares += 1
                _ = isLess
            case .move(let from, let to, _) where !siftingUp && from > to:
                #expect(to == hole && (from == 2 * hole + 1 || from == 2 * hole + 2))
                trace.walkMoves.append((from, to))
                hole = from
            case .move(let from, let to, _) where from < to:
                siftingUp = true
                #expect(to == hole && from == (hole - 1) / 2)
                trace.upMoves += 1
                hole = from
            case .place(let slot, let value):
                #expect(slot == hole && value == last)
                trace.placedAt = slot
            default:
                Issue.record("unexpected event \(event) in a pop: \(events)")
            }
        }
        #expect(trace.placedAt != nil, "a pop ends by placing the last element: \(events)")
        return trace
    }

    @Test("Every pop walks to a leaf, then sifts up, with the comparisons that implies")
    func popsWalkThenSiftUp() {
        var pops = 0
        for seed in UInt64(0)..<400 {
            var random = SeededGenerator(seed: seed)
            let maxValue = [2, 20, 1000][Int(seed % 3)]
            var heap = BinaryHeap(
                (0..<Int.random(in: 2...100, using: &random)).map { _ in
                    Int.random(in: 0...maxValue, using: &random)
                })
            var events: [HeapEvent<Int>] = []
            heap.observer = { events.append($0) }
            while heap.count >= 2 {
                let last = heap.unordered.last!
                events = []
                heap.popMin()
                // `count` is the array the walk runs in: one shorter than before.
                let count = heap.count
                let trace = Self.trace(events, count: count, last: last)
                let leaf = trace.walkMoves.last?.from ?? 0
                #expect(2 * leaf + 1 >= count, "the walk ends at a leaf")
                // One comparison per walk step whose node has two children.
                let twoChildSteps = trace.walkMoves.filter { 2 * $0.to + 2 < count }.count
                #expect(trace.walkCompares == twoChildSteps)
                // Leaves of a complete tree of `count` nodes lie on its last
                // two levels, floor(log2(count)) and the one above.
                let depth = Int.bitWidth - 1 - count.leadingZeroBitCount
                #expect(trace.walkMoves.count == depth || trace.walkMoves.count == depth - 1)
                // The sift up compares once per move, plus once where it
                // stopped below the root.
                #expect(trace.upCompares == trace.upMoves + (trace.placedAt == 0 ? 0 : 1))
                #expect(trace.walkMoves.count - trace.upMoves >= 0)
                pops += 1
            }
        }
        #expect(pops > 10_000)
    }

    @Test("Pop on 0..<n: the walk takes the left spine, floor(log2 m) levels, and one comparison stops the sift up")
    func popOnSortedHeapComparisonCount() {
        // Derivation (m = n - 1 elements after the last is lifted): in
        // 0..<n every left child is smaller, so the walk follows the left
        // spine to depth floor(log2 m), comparing at every level except a
        // last node whose only child is m - 1 (m a power of two); the held
        // n - 1 is the maximum, so the sift up stops after one comparison.
        // Checked against CPython's heappop with counted `<` for n in 2..<200.
        for n in 2..<200 {
            var heap = BinaryHeap(Array(0..<n))
            var comparisons = 0
            heap.observer = { if case .compare = $0 { comparisons += 1 } }
            #expect(heap.popMin() == 0)
            let m = n - 1
            let depth = Int.bitWidth - 1 - m.leadingZeroBitCount
            let walkComparisons = m == 1 ? 0 : depth - (m & (m - 1) == 0 ? 1 : 0)
            let siftUpComparisons = m == 1 ? 0 : 1
            #expect(comparisons == walkComparisons + siftUpComparisons, "n = \(n)")
        }
    }

    @Test("Bottom-up pops compare less than the textbook sift-down on the same heaps")
    func bottomUpBeatsTextbook() {
        for seed in UInt64(0)..<5 {
            var random = SeededGenerator(seed: seed)
            let values = (0..<5000).map { _ in Int.random(in: 0...1_000_000, using: &random) }
            var heap = BinaryHeap(values)
            var bottomUp = 0
            heap.observer = { if case .compare = $0 { bottomUp += 1 } }
            while heap.popMin() != nil {}
            var textbookHeap = BinaryHeap(values).unordered
            var textbook = 0
            while !textbookHeap.isEmpty { _ = Self.textbookPop(&textbookHeap, comparisons: &textbook) }
            #expect(bottomUp < textbook, "seed \(seed): bottom-up \(bottomUp), textbook \(textbook)")
        }
    }

    /// The textbook pop: the last element at the root sifts down, comparing
    /// the two children, then the smaller child with the element.
    static func textbookPop(_ heap: inout [Int], comparisons: inout Int) -> Int {
        let result = heap[0]
        let last = heap.removeLast()
        guard !heap.isEmpty else { return result }
        var hole = 0
        while 2 * hole + 1 < heap.count {
            var child = 2 * hole + 1
            if child + 1 < heap.count {
                comparisons += 1
                if heap[child + 1] < heap[child] { child += 1 }
            }
            comparisons += 1
            guard heap[child] < last else { break }
            heap[hole] = heap[child]
            hole = child
        }
        heap[hole] = last
        return result
    }
}
