import StepvizCore
import Testing

/// The README's one example per structure, line for line, with the values
/// its comments claim: if the library changes what they return, the README
/// is wrong and this fails.
@Suite("The README's library example does what its comments say")
struct ReadmeLibraryExampleTests {
    @Test func oneExamplePerStructure() throws {
        var heap = BinaryHeap([3, 10, 1000, -99, 4, 100])
        #expect(heap.popMin() == -99)
        #expect(heap.pushPop(1) == 1)

        var recent = BlockDeque<Int>(maxlen: 3)
        recent.extend([9, 2, 3, 7, 8])
        #expect(Array(recent) == [3, 7, 8])
        recent.rotate(1)
        #expect(Array(recent) == [8, 3, 7])

        var cache = LRUCache<Int, String>(capacity: 2)
        cache.put(1, "one")
        cache.put(2, "two")
        #expect(cache.get(1) == "one")
        cache.put(3, "three")
        #expect(cache.entries.map(\.key) == [1, 3])

        let x = RankedLock(rank: 1, name: "x")
        let y = RankedLock(rank: 2, name: "y")
        let me = LockingThread(id: 1)
        var taken: [String] = []
        try me.withLocks(y, x) { taken = me.held.locks.map(\.name) }
        #expect(taken == ["x", "y"])
        #expect(me.held.isEmpty)
    }
}
