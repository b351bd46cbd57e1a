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
}
