import StepvizEvents
import StepvizTestSupport
import Testing

@Suite struct HistoryTests {
    /// Elements keep their indices however much is forgotten, and the
    /// elements kept are exactly those at or after the start.
    @Test(arguments: [1, 7, 64, 500]) func forgettingKeepsIndices(step: Int) {
        var history = History<Int>()
        var forgottenBefore = 0
        for value in 0..<5_000 {
            history.append(value)
            if value % step == 0 {
                forgottenBefore = Swift.max(forgottenBefore, value - 3 * step)
                history.forget(before: forgottenBefore)
            }
            #expect(history.startIndex == forgottenBefore)
            #expect(history.endIndex == value + 1)
        }
        #expect(Array(history) == Array(forgottenBefore..<5_000))
        for index in history.indices { #expect(history[index] == index) }
    }

    @Test func forgettingPastTheEndStartsThere() {
        var history = History([0, 1, 2])
        history.forget(before: 10)
        #expect(history.isEmpty && history.startIndex == 10 && history.endIndex == 10)
        history.append(10)
        #expect(history[10] == 10)
        history.forget(before: 4)  // never moves back
        #expect(history.startIndex == 10)
    }

    /// The bound a long run rests on, without a clock: over a million
    /// appends, each followed by forgetting all but the newest `kept`, the
    /// storage never holds more than twice what is kept (or `kept` + 64,
    /// the compaction's minimum), and its capacity stays as small.
    @Test(arguments: [1, 200, 5_000]) func storageStaysBoundedOverAMillionAppends(kept: Int) {
        var history = History<Int>()
        let bound = Swift.max(2 * kept, kept + 64)
        var largestHeld = 0
        var largestCapacity = 0
        for value in 0..<1_000_000 {
            history.append(value)
            history.forget(before: value + 1 - kept)
            largestHeld = Swift.max(largestHeld, history._heldCount)
            largestCapacity = Swift.max(largestCapacity, history._heldCapacity)
        }
        #expect(history.count == kept)
        #expect(largestHeld <= bound, "held \(largestHeld) elements to keep \(kept)")
        #expect(largestCapacity <= 2 * bound, "capacity reached \(largestCapacity) to keep \(kept)")
    }
}
