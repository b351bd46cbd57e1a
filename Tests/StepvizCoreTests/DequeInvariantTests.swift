import StepvizTestSupport
import Testing

@testable import StepvizCore

#if DEBUG  // `_checkInvariants()` is compiled in with STEPVIZ_INTERNAL_CHECKS, i.e. in debug builds only.
/// The invariant checks run at the end of every mutation and stop the
/// process on corrupt state (shown here by corrupting it on purpose in a
/// child process).
@Suite("BlockDeque invariant checks")
struct DequeInvariantTests {
    @Test("A count that disagrees with the indices traps at the next mutation")
    func wrongCountTraps() async {
        await #expect(processExitsWith: .failure) {
            var deque = BlockDeque([1, 2, 3, 4, 5], blockSize: 2)
            deque._storage.header.pointee.count += 1
            deque.append(6)
        }
    }

    @Test("A block that does not link back to its neighbour traps at the next mutation")
    func brokenLinkTraps() async {
        await #expect(processExitsWith: .failure) {
            var deque = BlockDeque(0..<10, blockSize: 2)
            let h = deque._storage.header
            h.pointee.entries[h.pointee.rightBlock].previous = h.pointee.rightBlock
            deque.rotate(1)
        }
    }

    @Test("An uncorrupted deque passes the same checks through thousands of mutations")
    func uncorruptedDequePasses() async {
        await #expect(processExitsWith: .success) {
            var deque = BlockDeque<Int>(maxlen: 50, blockSize: 2)
            for value in 0..<3000 {
                if value % 3 == 0 { deque.appendLeft(value) } else { deque.append(value) }
                if value % 7 == 0 { deque.rotate(value) }
                if value % 11 == 0 { deque.popLeft() }
            }
            deque.clear()
        }
    }
}
#endif
