import StepvizTestSupport
import Testing

@testable import StepvizCore

/// `_checkInvariants()` runs at the end of every mutation in debug builds
/// (STEPVIZ_INTERNAL_CHECKS), so every test above also checks the heap
/// property after every push, pop and heapify. These show the check is live.
@Suite("BinaryHeap invariant checks")
struct HeapInvariantTests {
    #if DEBUG
    @Test("A mutation that leaves a node below its parent traps in debug builds")
    func brokenHeapTraps() async {
        await #expect(processExitsWith: .failure) {
            var heap = BinaryHeap([1, 2, 3])
            heap._storage = [5, 1, 2]  // white-box: node 1 is less than the root
            heap.push(9)  // lands under node 1, leaving node 1 as it was
        }
    }

    @Test("The same mutation on a valid heap does not trap")
    func validHeapDoesNotTrap() async {
        await #expect(processExitsWith: .success) {
            var heap = BinaryHeap([1, 2, 3])
            heap._storage = [1, 5, 2]
            heap.push(9)
        }
    }
    #endif
}
