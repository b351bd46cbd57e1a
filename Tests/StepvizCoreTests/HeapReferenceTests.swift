import StepvizCore
import StepvizTestSupport
import Testing

/// The heapq facts of REFERENCE.md and the examples of the doc comments,
/// each checked against python3's heapq when it was written.
@Suite("BinaryHeap reference facts")
struct HeapReferenceTests {
    @Test("heapify [3,10,1000,-99,4,100], then three pops, as heapq")
    func heapifyThenPops() {
        var heap = BinaryHeap<Int>()
        heap.heapify([3, 10, 1000, -99, 4, 100])
        #expect(heap.unordered == [-99, 3, 100, 10, 4, 1000])
        #expect(heap.popMin() == -99)
        #expect(heap.unordered == [3, 4, 100, 10, 1000])
        #expect(heap.popMin() == 3)
        #expect(heap.unordered == [4, 10, 100, 1000])
        #expect(heap.popMin() == 4)
        #expect(heap.unordered == [10, 1000, 100])
    }

    @Test("heapify [2,1,1] gives CPython's [1,1,2], not the textbook [1,2,1]")
    func heapifyBreaksTiesToTheRight() {
        var heap = BinaryHeap<Int>()
        heap.heapify([2, 1, 1])
        #expect(heap.unordered == [1, 1, 2])
        #expect(BinaryHeap([2, 1, 1]).unordered == [1, 1, 2])
    }

    @Test("pop and replace on an empty heap fail and change nothing")
    func emptyHeapFailures() {
        var heap = BinaryHeap<Int>()
        #expect(heap.popMin() == nil)
        #expect(heap.replaceMin(with: 5) == nil)
        #expect(heap.isEmpty)
        #expect(heap.min == nil)
    }

    @Test("pushpop returns the smaller: the pushed element when it is not above the root")
    func pushPopReturnsTheSmaller() {
        var empty = BinaryHeap<Int>()
        #expect(empty.pushPop(5) == 5)
        #expect(empty.isEmpty)

        var heap = BinaryHeap([2, 4])
        #expect(heap.pushPop(1) == 1)
        #expect(heap.unordered == [2, 4])
        #expect(heap.pushPop(2) == 2, "equal to the root: heapq's `heap[0] < x` is false")
        #expect(heap.unordered == [2, 4])
        #expect(heap.pushPop(3) == 2)
        #expect(heap.unordered == [3, 4])
    }

    @Test("The doc comment examples")
    func docCommentExamples() {
        var pushed = BinaryHeap([5, 9])
        pushed.push(1)
        #expect(pushed.unordered == [1, 9, 5])

        var popped = BinaryHeap([3, 1, 2])
        #expect(popped.popMin() == 1)

        var replaced = BinaryHeap([2, 4])
        #expect(replaced.replaceMin(with: 9) == 2)
        #expect(replaced.unordered == [4, 9])

        var heap = BinaryHeap([3, 10, 1000, -99, 4, 100])
        #expect(heap.popMin() == -99)
        heap.push(7)
        #expect(heap.min == 3)
        #expect(heap.description == "[3, 4, 7, 10, 1000, 100]")
    }

    @Test("Generic over Comparable: strings")
    func stringElements() {
        var heap = BinaryHeap(["pear", "apple", "fig", "apple"])
        #expect(heap.unordered == ["apple", "apple", "fig", "pear"])
        #expect(heap.popMin() == "apple")
        #expect(heap.unordered == ["apple", "pear", "fig"])
    }
}
