import StepvizCore
import StepvizTestSupport
import Testing

/// The facts about collections.deque in REFERENCE.md (checked there against
/// CPython 3.11), and CPython's block layout rules.
@Suite("BlockDeque reference facts")
struct DequeReferenceTests {
    @Test("maxlen: extend on a full deque discards from the left, extendleft from the right, reversed")
    func maxlenDiscardsFromTheOppositeEnd() {
        var deque = BlockDeque([9, 2, 3], maxlen: 3, blockSize: 8)
        var discarded: [Int] = []
        deque.observer = { event in
            if case .discarded(let value, _) = event { discarded.append(value) }
        }
        deque.extend([7, 8])
        #expect(Array(deque) == [3, 7, 8])
        #expect(discarded == [9, 2])
        deque.extendLeft([1, 2])
        #expect(Array(deque) == [2, 1, 3])
        #expect(discarded == [9, 2, 8, 7])
    }

    @Test("maxlen 0 is always empty")
    func maxlenZeroIsAlwaysEmpty() {
        var deque = BlockDeque<Int>(maxlen: 0, blockSize: 2)
        for value in 0..<10 {
            deque.append(value)
            deque.appendLeft(value)
            deque.extend([value, value])
            deque.extendLeft([value])
            #expect(deque.isEmpty)
        }
        #expect(deque.pop() == nil && deque.popLeft() == nil)
    }

    @Test("rotate: right for positive n, modulo the count, no-op when empty")
    func rotateFacts() {
        var deque = BlockDeque([1, 2, 3, 4, 5], blockSize: 2)
        deque.rotate(2)
        #expect(Array(deque) == [4, 5, 1, 2, 3])
        deque.rotate(-2)
        #expect(Array(deque) == [1, 2, 3, 4, 5])

        var three = BlockDeque([1, 2, 3], blockSize: 2)
        var one = three
        three.rotate(7)
        one.rotate(1)
        #expect(Array(three) == Array(one))
        #expect(Array(one) == [3, 1, 2])

        var empty = BlockDeque<Int>(blockSize: 4)
        let layout = empty.layout
        empty.rotate(5)
        empty.rotate(-5)
        #expect(empty.isEmpty && empty.layout == layout)
    }

    @Test("Python's example from the notes: extend, append, appendleft, index, pop, popleft")
    func notesExample() {
        var deque = BlockDeque<Int>()
        deque.extend([2, 3, 4])
        deque.append(5)
        deque.appendLeft(1)
        #expect(deque[2] == 3)
        #expect(deque.pop() == 5)
        #expect(deque.popLeft() == 1)
        #expect(deque.description == "deque([2, 3, 4])")
        #expect(BlockDeque([1, 2], maxlen: 3).description == "deque([1, 2], maxlen=3)")
    }

    @Test("CPython's layout: an empty deque is centred; extend fills from the left, extendleft from the right")
    func cpythonLayoutRules() {
        let empty = BlockDeque<Int>(blockSize: 8)
        #expect(empty.layout.leftIndex == 4 && empty.layout.rightIndex == 3)

        var appended = BlockDeque<Int>(blockSize: 8)
        appended.append(1)
        #expect(appended.layout.blocks.map(\.slots) == [[nil, nil, nil, nil, 1, nil, nil, nil]])

        var extended = BlockDeque<Int>(blockSize: 8)
        extended.extend([1, 2])
        #expect(extended.layout.blocks.map(\.slots) == [[nil, 1, 2, nil, nil, nil, nil, nil]])

        var extendedLeft = BlockDeque<Int>(blockSize: 8)
        extendedLeft.extendLeft([1, 2])
        #expect(extendedLeft.layout.blocks.map(\.slots) == [[nil, nil, nil, nil, nil, 2, 1, nil]])

        var spilled = BlockDeque<Int>(blockSize: 4)
        spilled.extend(1...5)
        #expect(spilled.layout.blocks.map(\.slots) == [[nil, 1, 2, 3], [4, 5, nil, nil]])
        #expect(spilled.layout.leftIndex == 1 && spilled.layout.rightIndex == 1)
    }

    @Test("Popping the last element re-centres only when its end's index leaves the block, as CPython")
    func recentreRule() {
        var deque = BlockDeque<Int>(blockSize: 8)
        deque.append(1)  // slot 4
        deque.popLeft()
        #expect(deque.layout.leftIndex == 5 && deque.layout.rightIndex == 4)

        var right = BlockDeque<Int>(blockSize: 8)
        right.extendLeft([1])  // slot 6
        right.extendLeft([2])  // slot 5
        right.pop()
        right.pop()
        #expect(right.layout.leftIndex == 5 && right.layout.rightIndex == 4)

        var centred = BlockDeque<Int>(blockSize: 8)
        centred.extend([1])  // slot 1
        centred.appendLeft(0)  // slot 0
        centred.pop()
        centred.pop()  // right index goes below 0: re-centred
        #expect(centred.layout.leftIndex == 4 && centred.layout.rightIndex == 3)
    }

    @Test("Indexing walks blocks from the nearer end")
    func indexingWalksFromTheNearerEnd() {
        var deque = BlockDeque(0..<20, blockSize: 4)  // slots 1... of blocks 0-5
        var walk: [Int] = []
        var ends: Set<DequeEnd> = []
        deque.observer = { event in
            if case .blockWalk(let block, let end) = event {
                walk.append(block)
                ends.insert(end)
            }
        }
        let ids = deque.layout.blocks.map(\.id)
        #expect(deque[5] == 5)
        #expect(walk == Array(ids.prefix(2)) && ends == [.left])
        walk = []
        ends = []
        #expect(deque[16] == 16)
        #expect(walk == Array(ids.reversed().prefix(2)) && ends == [.right])
        walk = []
        #expect(deque[19] == 19 && walk == [ids.last!])
        walk = []
        #expect(deque[0] == 0 && walk == [ids.first!])
    }

    @Test("Rotation reuses the block it empties, as CPython: one block allocated at most")
    func rotationReusesBlocks() {
        var deque = BlockDeque(0..<40, blockSize: 4)
        var allocated = 0
        var freed = 0
        var steps = 0
        deque.observer = { event in
            switch event {
            case .blockAllocated: allocated += 1
            case .blockFreed: freed += 1
            case .rotationStep: steps += 1
            default: break
            }
        }
        deque.rotate(17)
        #expect(steps == 17)
        #expect(Array(deque) == Array(23..<40) + Array(0..<23))
        #expect(allocated - freed <= 1 && allocated >= 4)
        steps = 0
        deque.rotate(-17 + 40 * 1000)
        #expect(steps == 17)
        #expect(Array(deque) == Array(0..<40))
    }
}
